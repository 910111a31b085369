package mx.ventanilla.pwa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

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
import mx.ventanilla.pwa.Main;
import mx.ventanilla.pwa.PwaSettings;
import mx.ventanilla.pwa.oidc.OidcSettings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole app for browser tests, started once per test JVM and shared by every browser test class: the real
 * backend with the demo institute on embedded defaults, the web app on a free port, and Debian's Chromium driven by
 * Playwright. A test class gets it as a parameter of its {@code @BeforeAll} method with
 * {@code @ExtendWith(BrowserApp.Resolver.class)}; it is closed when the test run ends.
 */
public final class BrowserApp implements AutoCloseable {

    /** The demo users' password (README). */
    public static final String PASSWORD = "Ventanilla-Demo-2026!";
    public static final ZoneId TIME_ZONE = ZoneId.of("America/Mexico_City");

    /** The screen sizes the app is built for. */
    public enum Viewport {
        PHONE(360, 740), TABLET(768, 1024), TABLET_LANDSCAPE(1280, 800), DESKTOP(1440, 900);

        final int width;
        final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final Ventanilla backend;
    private final VaadinBoot pwa;
    private final String pwaUrl;
    private final Playwright playwright;
    private final Browser browser;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private BrowserApp(Map<String, String> backendSettings, Optional<OidcSettings> oidc) throws Exception {
        dataDir = Files.createTempDirectory("ventanilla-browser-tests");
        backend = Ventanilla.start(backendConfig(dataDir, backendSettings));
        int port = freePort();
        pwa = Main.start(new PwaSettings(backend.baseUri().resolve("/graphql"), TIME_ZONE, port, oidc));
        pwaUrl = "http://localhost:" + port + "/";
        get("");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /**
     * A second backend and web app of its own, besides the shared one, with extra backend settings and the web app
     * signing in at {@code oidc}; the caller closes it. Starts the shared one first where it runs in the same JVM, as
     * the web apps read their settings when their servlet starts.
     */
    public static BrowserApp startOwn(Map<String, String> backendSettings, OidcSettings oidc) {
        try {
            return new BrowserApp(backendSettings, Optional.of(oidc));
        } catch (Exception e) {
            throw new IllegalStateException("The backend, the web app or Chromium did not start", e);
        }
    }

    /** The web app's root URL, ending in a slash. */
    public String pwaUrl() {
        return pwaUrl;
    }

    /** The backend's base URI, e.g. {@code http://127.0.0.1:41234}. */
    public URI backendUri() {
        return backend.baseUri();
    }

    /** A fresh browser profile (no cookies, caches or service worker) of the given size and language. */
    public BrowserContext newContext(Viewport viewport, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width, viewport.height)
                .setLocale(locale)
                .setTimezoneId(TIME_ZONE.getId()));
        context.setDefaultTimeout(20_000);
        return context;
    }

    /** Signs {@code username} in with the demo password through the Spanish sign-in form and waits for Inicio. */
    public void signIn(Page page, String username) {
        page.navigate(pwaUrl);
        page.waitForURL("**/signin");
        page.getByLabel("Usuario", EXACT).fill(username);
        page.getByLabel("Contraseña", EXACT).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iniciar sesión")).click();
        page.waitForURL(url -> !url.endsWith("/signin"));
    }

    /**
     * Runs a GraphQL operation against the backend as the demo user {@code username} (signed in once through the
     * API) and returns its {@code data}; fails the test on any GraphQL error.
     */
    public JsonNode graphQl(String username, String document, Map<String, Object> variables) {
        String token = tokens.computeIfAbsent(username, this::signInThroughTheApi);
        JsonNode body = post(document, variables, token);
        if (body.has("errors")) {
            throw new AssertionError("GraphQL errors for " + username + ": " + body.path("errors"));
        }
        return body.path("data");
    }

    /** An HTTP GET of a path of the web app, outside any browser. */
    public HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(pwaUrl).resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        browser.close();
        playwright.close();
        pwa.stop("browser tests done");
        backend.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private String signInThroughTheApi(String username) {
        JsonNode body = post("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { accessToken } }",
                Map.of("u", username, "p", PASSWORD), null);
        return body.path("data").path("signIn").path("accessToken").asText();
    }

    private JsonNode post(String document, Map<String, Object> variables, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(backend.baseUri().resolve("/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("query", document, "variables", variables)),
                            StandardCharsets.UTF_8));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Config backendConfig(Path dataDir, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(extra);
        settings.putAll(Map.of(
                "server.port", "0",
                "server.host", "127.0.0.1",
                "ventanilla.data-dir", dataDir.toString(),
                "ventanilla.demo-data", "true"));
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(settings),
                        ConfigSources.classpath("application.yaml"))
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Hands the shared {@link BrowserApp} to test methods and lifecycle methods, starting it on first use. */
    public static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
            return parameter.getParameter().getType() == BrowserApp.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
            return extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(BrowserApp.class, key -> start(), BrowserApp.class);
        }

        private static BrowserApp start() {
            try {
                return new BrowserApp(Map.of(), Optional.empty());
            } catch (Exception e) {
                throw new IllegalStateException("The backend, the web app or Chromium did not start", e);
            }
        }
    }
}
