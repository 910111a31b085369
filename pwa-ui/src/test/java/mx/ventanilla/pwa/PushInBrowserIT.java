package mx.ventanilla.pwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.mvysny.vaadinboot.VaadinBoot;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
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
 * Push in Debian's Chromium: Ventanilla's service worker shows a pushed message. Headless Chromium cannot subscribe to a real push service, so the push is delivered through the DevTools
 * protocol ({@code ServiceWorker.deliverPushMessage}), the way the backend's payload would arrive decrypted.
 */
class PushInBrowserIT {

    private static final String PASSWORD = "Ventanilla-Demo-2026!";
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
        backend = Ventanilla.start(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(Map.of("server.port", "0", "server.host", "127.0.0.1",
                                "ventanilla.data-dir", dataDir.toString(), "ventanilla.demo-data", "true")),
                        ConfigSources.classpath("application.yaml"))
                .build());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
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
    void thePushedTurnIsShownAsANotificationWithItsTitleBodyAndPath() throws Exception {
        Page page = open();
        context.grantPermissions(List.of("notifications"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin(pwaUrl.substring(0, pwaUrl.length() - 1)));
        signIn(page);
        page.evaluate("async () => { await navigator.serviceWorker.ready; }");
        CDPSession devTools = context.newCDPSession(page);
        String registrationId = registrationOf(page, devTools);
        assertThat(registrationId).isNotEqualTo("none");

        JsonObject push = new JsonObject();
        push.addProperty("origin", pwaUrl.substring(0, pwaUrl.length() - 1));
        push.addProperty("registrationId", registrationId);
        push.addProperty("data", "{\"title\":\"Nuevo turno DG-2026-000123\",\"body\":\"Solicitud de informes\","
                + "\"icon\":\"/icons/icon-192x192.png\",\"data\":{\"url\":\"/documento/abc\","
                + "\"correspondenceId\":\"abc\"}}");
        devTools.send("ServiceWorker.deliverPushMessage", push);

        Object shown = page.evaluate("""
                async () => {
                  const registration = await navigator.serviceWorker.ready;
                  for (let i = 0; i < 50; i++) {
                    const notifications = await registration.getNotifications();
                    if (notifications.length) {
                      const n = notifications[0];
                      return [n.title, n.body, n.data.url].join('|');
                    }
                    await new Promise(resolve => setTimeout(resolve, 200));
                  }
                  return 'none';
                }""");
        assertThat(shown).isEqualTo("Nuevo turno DG-2026-000123|Solicitud de informes|/documento/abc");
    }

    private static String registrationOf(Page page, CDPSession devTools) {
        CompletableFuture<String> found = new CompletableFuture<>();
        devTools.on("ServiceWorker.workerRegistrationUpdated", event -> {
            for (JsonElement registration : event.getAsJsonArray("registrations")) {
                JsonObject value = registration.getAsJsonObject();
                if (!value.get("isDeleted").getAsBoolean()) {
                    found.complete(value.get("registrationId").getAsString());
                }
            }
        });
        devTools.send("ServiceWorker.enable");
        for (int i = 0; i < 100 && !found.isDone(); i++) {
            page.waitForTimeout(200);
        }
        return found.getNow("none");
    }

    private Page open() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setLocale("es-MX")
                .setTimezoneId("America/Mexico_City"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    private static void signIn(Page page) {
        page.navigate(pwaUrl);
        page.waitForURL("**/signin");
        page.getByLabel("Usuario", EXACT).fill("titular.sv");
        page.getByLabel("Contraseña", EXACT).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iniciar sesión")).click();
        page.locator(".signed-in-user").waitFor();
    }
}
