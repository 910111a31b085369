package mx.ventanilla.pwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import mx.ventanilla.pwa.testing.Accessibility;
import mx.ventanilla.pwa.testing.BrowserApp;
import mx.ventanilla.pwa.testing.BrowserApp.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in, sign-out, languages and the installable shell in Debian's Chromium, on phone and tablet viewports, against
 * the real backend with the demo institute.
 */
@ExtendWith(BrowserApp.Resolver.class)
class PwaInBrowserIT {

    private static final String PASSWORD = BrowserApp.PASSWORD;
    private static final String ANA = "Ana Karen Flores Jiménez";
    private static final String DCG = "Departamento de Control de Gestión y Oficialía de Partes";

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static BrowserApp app;
    private static String pwaUrl;

    private BrowserContext context;

    @BeforeAll
    static void start(BrowserApp shared) {
        app = shared;
        pwaUrl = shared.pwaUrl();
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

        page.navigate(pwaUrl);
        page.getByLabel("Usuario", EXACT).waitFor();
        Accessibility.assertNoSeriousViolations(page);
        signIn(page, "oficialia", PASSWORD);
        page.waitForURL("**/turnos");
        page.navigate(pwaUrl);

        assertThat(page.locator(".profile-name").textContent()).isEqualTo(ANA);
        Accessibility.assertNoSeriousViolations(page);
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
        page.waitForURL("**/turnos");
        assertThat(page.title()).isEqualTo("My turns · Ventanilla");
        page.navigate(pwaUrl);
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

        assertThat(version).isEqualTo("ventanilla-sw/2");
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
        assertThat(worker.body()).contains("ventanilla-sw/2", "Ventanilla.signOut");
    }

    private Page open(int width, int height, String locale) {
        Viewport viewport = width < 700 ? Viewport.PHONE : Viewport.TABLET;
        context = app.newContext(viewport, locale);
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

    private static HttpResponse<String> get(String path) {
        return app.get(path);
    }
}
