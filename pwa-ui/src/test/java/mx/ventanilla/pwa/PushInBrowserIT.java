package mx.ventanilla.pwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import mx.ventanilla.pwa.testing.Accessibility;
import mx.ventanilla.pwa.testing.BrowserApp;
import mx.ventanilla.pwa.testing.BrowserApp.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Push in Debian's Chromium: "Activar notificaciones" registers this browser for the signed-in user, a refusal
 * registers nothing, Ventanilla's service worker shows a pushed message, and tapping it opens the item.
 * <p>
 * Headless Chromium cannot reach a real push service, so two things stand in for it: {@code PushManager.subscribe} is
 * replaced in the page by one answering a subscription with an https endpoint and a real P-256 public key (what the
 * browser's push service would hand out), and pushes are delivered to the service worker through the DevTools
 * protocol ({@code ServiceWorker.deliverPushMessage}), the way the backend's payload arrives decrypted. A tap on a
 * notification is a {@code notificationclick} event dispatched inside the service worker (through the DevTools
 * protocol) for a notification it shows.
 */
@ExtendWith(BrowserApp.Resolver.class)
class PushInBrowserIT {

    private static final String DEVICE_KEY = "ventanilla-push-device";
    private static final Page.GetByRoleOptions ENABLE = new Page.GetByRoleOptions().setName("Activar notificaciones");
    private static final String DEVICES = "{ myPushDevices { deviceId channel label registeredAt } }";

    private static BrowserApp app;
    private static String origin;

    private BrowserContext context;

    @BeforeAll
    static void start(BrowserApp shared) {
        app = shared;
        origin = shared.pwaUrl().substring(0, shared.pwaUrl().length() - 1);
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void tappingActivarNotificacionesRegistersThisBrowserOnceAndAReloadReplacesIt() throws Exception {
        String endpoint = "https://push.example.invalid/send/" + UUID.randomUUID();
        context = app.newContext(Viewport.PHONE, "es-MX");
        context.addInitScript(pushServiceStandIn(endpoint));
        Page page = context.newPage();
        int before = devicesOf("titular.sj").size();

        app.signIn(page, "titular.sj");
        Locator enable = page.getByRole(AriaRole.BUTTON, ENABLE);
        enable.waitFor();
        Accessibility.assertNoSeriousViolations(page);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        BoundingBox signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar sesión"))
                .boundingBox();
        assertThat(signOut.x + signOut.width).isLessThanOrEqualTo(360);
        assertThat(enable.boundingBox().width).isGreaterThanOrEqualTo(44);
        context.grantPermissions(List.of("notifications"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin(origin));
        enable.click();

        page.getByText("Notificaciones activadas en este dispositivo.").waitFor();
        assertThat(enable.isVisible()).isFalse();
        assertThat(page.evaluate("() => window.subscribedWith")).isEqualTo(1);
        String deviceId = (String) page.evaluate("() => localStorage.getItem('" + DEVICE_KEY + "')");
        List<JsonNode> devices = devicesOf("titular.sj");
        assertThat(devices).hasSize(before + 1);
        JsonNode device = only(devices, deviceId);
        assertThat(device.path("channel").asText()).isEqualTo("WEB_PUSH");
        assertThat(device.path("label").asText()).isNotBlank();

        page.reload();
        page.locator(".signed-in-user").waitFor();
        Instant first = Instant.parse(device.path("registeredAt").asText());
        JsonNode again = waitForRegistrationAfter("titular.sj", deviceId, first);

        assertThat(devicesOf("titular.sj")).hasSize(before + 1);
        assertThat(again.path("channel").asText()).isEqualTo("WEB_PUSH");
        assertThat(page.evaluate("() => localStorage.getItem('" + DEVICE_KEY + "')")).isEqualTo(deviceId);
        assertThat(enable.isVisible()).isFalse();
    }

    @Test
    void refusingThePermissionExplainsItAndRegistersNothing() throws Exception {
        context = app.newContext(Viewport.TABLET, "es-MX");
        context.addInitScript(pushServiceStandIn("https://push.example.invalid/send/" + UUID.randomUUID())
                + "\nNotification.requestPermission = () => Promise.resolve('denied');");
        Page page = context.newPage();
        int before = devicesOf("jefe.dpv").size();

        app.signIn(page, "jefe.dpv");
        Locator enable = page.getByRole(AriaRole.BUTTON, ENABLE);
        enable.click();

        page.getByText("No se activaron las notificaciones: el navegador no dio permiso.",
                new Page.GetByTextOptions().setExact(false)).waitFor();
        Accessibility.assertNoSeriousViolations(page);
        assertThat(enable.isVisible()).isFalse();
        assertThat(page.evaluate("() => window.subscribedWith || 0")).isEqualTo(0);
        assertThat(devicesOf("jefe.dpv")).hasSize(before);
    }

    @Test
    void thePushedTurnIsShownAsANotificationWithItsTitleBodyAndPath() {
        Page page = signedInWithNotificationsAllowed("titular.sv");

        deliver(page, "{\"title\":\"Nuevo turno DG-2026-000123\",\"body\":\"Solicitud de informes\","
                + "\"icon\":\"/icons/icon-192x192.png\",\"data\":{\"url\":\"/documento/abc\","
                + "\"correspondenceId\":\"abc\"}}");

        assertThat(shownNotification(page))
                .isEqualTo("Nuevo turno DG-2026-000123|Solicitud de informes|/documento/abc");
    }

    @Test
    void aFirebaseMessageIsShownFromItsNotificationPart() {
        Page page = signedInWithNotificationsAllowed("titular.sv");

        deliver(page, "{\"notification\":{\"title\":\"Turno vencido DG-2026-000124\",\"body\":\"Informe anual\"},"
                + "\"data\":{\"url\":\"/documento/def\",\"correspondenceId\":\"def\",\"folio\":\"DG-2026-000124\"},"
                + "\"from\":\"1234567890\",\"fcmMessageId\":\"m-1\"}");

        assertThat(shownNotification(page)).isEqualTo("Turno vencido DG-2026-000124|Informe anual|/documento/def");
    }

    @Test
    void tappingTheNotificationOpensTheItemInTheOpenApp() {
        String itemId = turnedToSv("Notificación que abre el documento");
        Page page = signedInWithNotificationsAllowed("titular.sv");

        tap(page, "/documento/" + itemId);

        page.waitForURL("**/documento/" + itemId);
        assertThat(page.url()).isEqualTo(app.pwaUrl() + "documento/" + itemId);
    }

    @Test
    void aNotificationPointingOutsideTheAppOpensNothing() {
        Page page = signedInWithNotificationsAllowed("titular.sv");
        String before = page.url();

        tap(page, "https://elsewhere.example/documento/1");
        page.waitForTimeout(1_500);

        assertThat(page.url()).isEqualTo(before);
        assertThat(context.pages()).hasSize(1);
    }

    private Page signedInWithNotificationsAllowed(String username) {
        context = app.newContext(Viewport.PHONE, "es-MX");
        context.grantPermissions(List.of("notifications"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin(origin));
        Page page = context.newPage();
        app.signIn(page, username);
        page.locator(".signed-in-user").waitFor();
        page.evaluate("async () => { await navigator.serviceWorker.ready; }");
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        return page;
    }

    private void deliver(Page page, String payload) {
        CDPSession devTools = context.newCDPSession(page);
        String registrationId = registrationOf(page, devTools);
        assertThat(registrationId).isNotEqualTo("none");
        JsonObject push = new JsonObject();
        push.addProperty("origin", origin);
        push.addProperty("registrationId", registrationId);
        push.addProperty("data", payload);
        devTools.send("ServiceWorker.deliverPushMessage", push);
    }

    private static Object shownNotification(Page page) {
        return page.evaluate("""
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
    }

    /**
     * Shows a notification opening {@code url} and dispatches the user's tap on it inside the app's service worker,
     * reached through the browser's DevTools session (Playwright for Java does not expose service workers).
     */
    private void tap(Page page, String url) {
        String expression = """
                (async (url) => {
                  const tag = 'tap-' + Math.random();
                  await self.registration.showNotification('Nuevo turno', { tag, data: { url } });
                  const [notification] = await self.registration.getNotifications({ tag });
                  if (!notification) return 'no notification';
                  try {
                    self.dispatchEvent(new NotificationEvent('notificationclick', { notification }));
                  } catch (error) {
                    return String(error);
                  }
                  return 'tapped';
                })(%s)""".formatted(new Gson().toJson(url));
        assertThat(evaluateInServiceWorker(page, expression)).isEqualTo("tapped");
    }

    private String evaluateInServiceWorker(Page page, String expression) {
        String contextId = context.newCDPSession(page).send("Target.getTargetInfo").getAsJsonObject("targetInfo")
                .get("browserContextId").getAsString();
        CDPSession browserSession = context.browser().newBrowserCDPSession();
        try {
            String workerId = serviceWorkerTarget(page, browserSession, contextId);
            JsonObject attach = new JsonObject();
            attach.addProperty("targetId", workerId);
            attach.addProperty("flatten", false);
            String sessionId = browserSession.send("Target.attachToTarget", attach).get("sessionId").getAsString();
            CompletableFuture<String> answer = new CompletableFuture<>();
            browserSession.on("Target.receivedMessageFromTarget", event -> {
                JsonObject message = JsonParser.parseString(event.get("message").getAsString()).getAsJsonObject();
                if (message.has("id") && message.get("id").getAsInt() == 1) {
                    answer.complete(message.toString());
                }
            });
            JsonObject params = new JsonObject();
            params.addProperty("expression", expression);
            params.addProperty("awaitPromise", true);
            params.addProperty("returnByValue", true);
            JsonObject call = new JsonObject();
            call.addProperty("id", 1);
            call.addProperty("method", "Runtime.evaluate");
            call.add("params", params);
            JsonObject send = new JsonObject();
            send.addProperty("sessionId", sessionId);
            send.addProperty("message", call.toString());
            browserSession.send("Target.sendMessageToTarget", send);
            for (int i = 0; i < 100 && !answer.isDone(); i++) {
                page.waitForTimeout(100);
            }
            JsonObject result = JsonParser.parseString(answer.getNow("{}")).getAsJsonObject();
            return result.has("result") ? result.getAsJsonObject("result").getAsJsonObject("result").get("value")
                    .getAsString() : "no answer: " + result;
        } finally {
            browserSession.detach();
        }
    }

    private static String serviceWorkerTarget(Page page, CDPSession browserSession, String contextId) {
        for (int i = 0; i < 100; i++) {
            for (JsonElement target : browserSession.send("Target.getTargets").getAsJsonArray("targetInfos")) {
                JsonObject info = target.getAsJsonObject();
                if ("service_worker".equals(info.get("type").getAsString())
                        && contextId.equals(info.get("browserContextId").getAsString())
                        && info.get("url").getAsString().startsWith(app.pwaUrl())) {
                    return info.get("targetId").getAsString();
                }
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("No service worker for " + app.pwaUrl());
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

    private static List<JsonNode> devicesOf(String username) {
        List<JsonNode> devices = new ArrayList<>();
        app.graphQl(username, DEVICES, Map.of()).path("myPushDevices").forEach(devices::add);
        return devices;
    }

    private static JsonNode only(List<JsonNode> devices, String deviceId) {
        List<JsonNode> matching = devices.stream()
                .filter(device -> deviceId.equals(device.path("deviceId").asText())).toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }

    private static JsonNode waitForRegistrationAfter(String username, String deviceId, Instant first)
            throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode device = only(devicesOf(username), deviceId);
            if (Instant.parse(device.path("registeredAt").asText()).isAfter(first)) {
                return device;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The device " + deviceId + " was not registered again after the reload");
    }

    /** An item registered by the registry desk and turned by the director to SV, whose head is titular.sv. */
    private static String turnedToSv(String subject) {
        String sv = unitId("SV");
        Map<String, Object> input = Map.of("direction", "INCOMING", "documentType", "OFICIO",
                "documentDate", LocalDate.now().minusDays(1).toString(),
                "receivedAt", Instant.now().minusSeconds(300).toString(),
                "sender", Map.of("kind", "CITIZEN", "name", "Rosa María Téllez Ochoa"),
                "addresseeUnitId", sv, "subject", subject + " " + UUID.randomUUID().toString().substring(0, 8),
                "summary", "Solicita información.", "priority", "NORMAL", "archivalSeries", "2C.5");
        String id = app.graphQl("oficialia", "mutation($input: RegisterCorrespondenceInput!) {"
                        + " registerCorrespondence(input: $input) { id } }", Map.of("input", input))
                .path("registerCorrespondence").path("id").asText();
        app.graphQl("director", """
                mutation($id: ID!, $unit: ID!) {
                  turnCorrespondence(correspondenceId: $id, turns: [{recipientUnitId: $unit, instruction: ATTENTION,
                    instructions: "Atender", dueInBusinessDays: 3}]) { id }
                }""", Map.of("id", id, "unit", sv));
        return id;
    }

    private static String unitId(String code) {
        for (JsonNode unit : app.graphQl("admin", "{ orgTree { id code } }", Map.of()).path("orgTree")) {
            if (code.equals(unit.path("code").asText())) {
                return unit.path("id").asText();
            }
        }
        throw new AssertionError("No unit " + code);
    }

    /**
     * Stands for the browser's push service: {@code PushManager.subscribe} answers a subscription with
     * {@code endpoint}, a fresh P-256 public key and a 16-byte secret, and counts its calls in
     * {@code window.subscribedWith}.
     */
    private static String pushServiceStandIn(String endpoint) throws GeneralSecurityException {
        String p256dh = base64Url(uncompressedPublicKey());
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String auth = base64Url(secret);
        return """
                (() => {
                  const bytes = (text) => Uint8Array.from(
                    atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - text.length %% 4) %% 4)),
                    (c) => c.charCodeAt(0)).buffer;
                  const keys = { p256dh: '%2$s', auth: '%3$s' };
                  const subscription = {
                    endpoint: '%1$s',
                    expirationTime: null,
                    options: { userVisibleOnly: true },
                    getKey: (name) => (name in keys ? bytes(keys[name]) : null),
                    toJSON: () => ({ endpoint: '%1$s', expirationTime: null, keys: { ...keys } }),
                    unsubscribe: () => Promise.resolve(true),
                  };
                  PushManager.prototype.subscribe = function () {
                    window.subscribedWith = (window.subscribedWith || 0) + 1;
                    return Promise.resolve(subscription);
                  };
                })();""".formatted(endpoint, p256dh, auth);
    }

    private static byte[] uncompressedPublicKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        copyUnsigned(key.getW().getAffineX(), point, 1);
        copyUnsigned(key.getW().getAffineY(), point, 33);
        return point;
    }

    private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, target, offset + 32 - length, length);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
