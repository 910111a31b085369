package mx.ventanilla.pwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.vaadinboot.VaadinBoot;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import mx.ventanilla.Ventanilla;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app in Debian's Chromium, on phone and tablet viewports, against the real backend started in this JVM
 * with the demo institute.
 */
class PwaInBrowserIT {

    private static final String PASSWORD = "Ventanilla-Demo-2026!";
    private static final String ANA = "Ana Karen Flores Jiménez";
    private static final String DCG = "Departamento de Control de Gestión y Oficialía de Partes";

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @TempDir
    static Path dataDir;

    private static Ventanilla backend;
    private static VaadinBoot pwa;
    private static String pwaUrl;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;

    @BeforeAll
    static void start() throws Exception {
        backend = Ventanilla.start(backendConfig());
        int port = freePort();
        pwa = Main.start(new PwaSettings(backend.baseUri().resolve("/graphql"), ZoneId.of("America/Mexico_City"),
                port));
        pwaUrl = "http://localhost:" + port + "/";
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (pwa != null) {
            pwa.stop("tests done");
        }
        if (backend != null) {
            backend.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void officerSignsInOnAPhoneSeesHerNameAndUnitAndSignsOutLeavingNothingCached() {
        Page page = open(360, 740, "es-MX");

        signIn(page, "oficialia", PASSWORD);

        assertThat(page.locator(".profile-name").textContent()).isEqualTo(ANA);
        assertThat(page.locator(".profile-unit").textContent()).isEqualTo(DCG + " (DCG)");
        assertThat(page.locator(".profile-roles").textContent()).isEqualTo("Oficialía de partes");
        assertThat(page.locator(".signed-in-user").textContent()).isEqualTo(ANA);
        assertThat(page.locator(".signed-in-at").textContent()).contains("America/Mexico_City");
        assertThat(page.title()).isEqualTo("Inicio · Ventanilla");
        putSomethingInTheDeviceCaches(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar sesión")).click();
        page.waitForURL("**/signin");

        page.getByLabel("Usuario", EXACT).waitFor();
        assertThat(page.evaluate("async () => (await caches.keys()).includes('ventanilla-probe')")).isEqualTo(false);
        assertThat(page.evaluate("() => localStorage.getItem('ventanilla-probe')")).isNull();
        page.navigate(pwaUrl);
        page.waitForURL("**/signin");
        assertThat(page.locator(".profile-name").count()).isZero();
    }

    @Test
    void wrongPasswordOnATabletShowsTheSpanishErrorAndStaysOnSignIn() {
        Page page = open(768, 1024, "es-MX");

        signIn(page, "oficialia", "no-es-la-contraseña");

        assertThat(page.locator(".sign-in-error").textContent()).startsWith("Usuario o contraseña incorrectos");
        assertThat(page.url()).endsWith("/signin");
        assertThat(page.locator(".profile-name").count()).isZero();
    }

    @Test
    void anEnglishBrowserGetsEnglishAndSignsIn() {
        Page page = open(768, 1024, "en-US");
        page.navigate(pwaUrl);

        page.getByLabel("Username", EXACT).fill("oficialia");
        page.getByLabel("Password", EXACT).fill("wrong");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".sign-in-error").textContent()).startsWith("Wrong username or password");

        page.getByLabel("Password", EXACT).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".profile-roles").textContent()).isEqualTo("Registry desk");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).count())
                .isEqualTo(1);
    }

    @Test
    void theLanguageSwitchTurnsTheSpanishSignInIntoEnglish() {
        Page page = open(360, 740, "es-MX");
        page.navigate(pwaUrl);
        page.getByLabel("Usuario", EXACT).waitFor();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();

        page.getByLabel("Username", EXACT).waitFor();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).count())
                .isEqualTo(1);
    }

    @Test
    void theInstalledServiceWorkerIsVentanillasOwn() {
        Page page = open(360, 740, "es-MX");
        page.navigate(pwaUrl);
        page.getByLabel("Usuario", EXACT).waitFor();

        Object version = page.evaluate("""
                async () => {
                  const registration = await navigator.serviceWorker.ready;
                  const answer = new Promise(resolve => navigator.serviceWorker.addEventListener('message', event => {
                    if (event.data && event.data.id === 'version-check') resolve(event.data.result);
                  }));
                  registration.active.postMessage({ method: 'Ventanilla.version', id: 'version-check' });
                  const timeout = new Promise(resolve => setTimeout(() => resolve('no answer'), 15000));
                  return Promise.race([answer, timeout]);
                }""");

        assertThat(version).isEqualTo("ventanilla-sw/1");
    }

    @Test
    void theManifestMakesItAnInstallableAppCalledVentanilla() throws Exception {
        HttpResponse<String> manifest = get("manifest.webmanifest");
        JsonNode json = new ObjectMapper().readTree(manifest.body());

        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(json.path("name").asText()).isEqualTo("Ventanilla");
        assertThat(json.path("short_name").asText()).isEqualTo("Ventanilla");
        assertThat(json.path("theme_color").asText()).isEqualTo(AppShell.THEME_COLOUR);
        assertThat(json.path("display").asText()).isEqualTo("standalone");
        assertThat(json.path("icons")).anySatisfy(icon -> assertThat(icon.path("sizes").asText()).isEqualTo("512x512"));
        String iconUrl = json.path("icons").path(0).path("src").asText();
        HttpResponse<String> icon = get(iconUrl);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("image/png"));
    }

    @Test
    void theServedServiceWorkerIsBuiltFromOurSource() throws Exception {
        HttpResponse<String> worker = get("sw.js");

        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.body()).contains("ventanilla-sw/1", "Ventanilla.signOut");
    }

    private Page open(int width, int height, String locale) {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale(locale)
                .setTimezoneId("America/Mexico_City"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    private static void signIn(Page page, String username, String password) {
        page.navigate(pwaUrl);
        page.waitForURL("**/signin");
        page.getByLabel("Usuario", EXACT).fill(username);
        page.getByLabel("Contraseña", EXACT).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iniciar sesión")).click();
    }

    private static void putSomethingInTheDeviceCaches(Page page) {
        page.evaluate("""
                async () => {
                  const cache = await caches.open('ventanilla-probe');
                  await cache.put('/probe', new Response('cached on the device'));
                  localStorage.setItem('ventanilla-probe', 'stored on the device');
                }""");
        assertThat(page.evaluate("async () => (await caches.keys()).includes('ventanilla-probe')")).isEqualTo(true);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(pwaUrl).resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Config backendConfig() {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(Map.of(
                                "server.port", "0",
                                "server.host", "127.0.0.1",
                                "ventanilla.data-dir", dataDir.toString(),
                                "ventanilla.demo-data", "true")),
                        ConfigSources.classpath("application.yaml"))
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
