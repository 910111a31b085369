package mx.ventanilla.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.correspondence.CorrespondenceApi;
import mx.ventanilla.notifications.infrastructure.WebPushEndpoint;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushNotificationsIT {

    private static final Map<String, String> SETTINGS = Map.of(
            "ventanilla.notifications.web-push.allow-loopback-http", "true",
            "ventanilla.notifications.poll-interval", "PT0.2S",
            "ventanilla.notifications.retry-base-delay", "PT0.2S",
            "ventanilla.notifications.retry-max-delay", "PT1S");
    private static final String REGISTER = "mutation($input: RegisterPushDeviceInput!) {"
            + " registerPushDevice(input: $input) { deviceId channel label registeredAt } }";
    private static final String DELIVERIES = "query($status: PushDeliveryStatus) { pushDeliveries(first: 50,"
            + " status: $status) { nodes { key reason userId deviceId channel title body url status attempts"
            + " lastError } } }";

    @TempDir
    static Path dataDir;

    private static RunningVentanilla backend;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, SETTINGS);
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void newTurnIsPushedOnceToTheRecipientManagerEvenAfterARestart() throws Exception {
        try (WebPushEndpoint endpoint = WebPushEndpoint.answering()) {
            register("titular.sv", webPush("sv-phone", endpoint, "/push/titular-sv"));

            String itemId = turnedItem("SV", "Solicitud de información del programa de vivienda");

            waitUntil(() -> endpoint.received().size() == 1);
            JsonNode pushed = endpoint.decrypt(endpoint.received().getFirst().body());
            assertThat(pushed.path("title").asText()).matches("Nuevo turno DCG-\\d{4}-\\d{6}");
            assertThat(pushed.path("body").asText()).isEqualTo("Solicitud de información del programa de vivienda");
            assertThat(pushed.path("data").path("url").asText()).isEqualTo("/documento/" + itemId);

            backend.close();
            backend = RunningVentanilla.startWithTestTokens(dataDir, SETTINGS);
            Thread.sleep(1_500);

            assertThat(endpoint.received()).hasSize(1);
            JsonNode log = data("admin", DELIVERIES, Map.of("status", "SENT")).path("pushDeliveries").path("nodes");
            JsonNode entry = findByUrl(log, "/documento/" + itemId);
            assertThat(entry.path("reason").asText()).isEqualTo("TURN_ASSIGNED");
            assertThat(entry.path("deviceId").asText()).isEqualTo("sv-phone");
            assertThat(entry.path("channel").asText()).isEqualTo("WEB_PUSH");
            assertThat(entry.path("attempts").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aUserWhoSignedOutEverywhereGetsNoPushUntilSigningInAgain() throws Exception {
        try (WebPushEndpoint endpoint = WebPushEndpoint.answering()) {
            String refreshToken = signIn("titular.texcoco").path("refreshToken").asText();
            register("titular.texcoco", webPush("drx-phone", endpoint, "/push/titular-texcoco"));
            GraphQlResponse signedOut = backend.graphQl("mutation($t: String!) { signOut(refreshToken: $t) }",
                    Map.of("t", refreshToken), Optional.empty());
            assertThat(signedOut.data().path("signOut").asBoolean()).isTrue();

            String whileSignedOut = turnedItem("DRX", "Turno mientras no hay sesión");
            Thread.sleep(1_500);
            assertThat(endpoint.received()).isEmpty();

            signIn("titular.texcoco");
            String afterSignIn = turnedItem("DRX", "Turno con la sesión iniciada de nuevo");

            waitUntil(() -> endpoint.received().size() == 1);
            JsonNode pushed = endpoint.decrypt(endpoint.received().getFirst().body());
            assertThat(pushed.path("data").path("url").asText()).isEqualTo("/documento/" + afterSignIn)
                    .isNotEqualTo("/documento/" + whileSignedOut);
        }
    }

    @Test
    void goneSubscriptionIsDroppedAndItsDeviceRemoved() throws Exception {
        try (WebPushEndpoint endpoint = WebPushEndpoint.answering(410)) {
            register("jefe.dpv", webPush("dpv-phone", endpoint, "/push/jefe-dpv"));

            String itemId = turnedItem("DPV", "Oficio para el departamento");

            waitUntil(() -> !endpoint.received().isEmpty()
                    && "DROPPED".equals(findByUrl(data("admin", DELIVERIES, Map.of()).path("pushDeliveries")
                            .path("nodes"), "/documento/" + itemId).path("status").asText()));
            JsonNode devices = data("jefe.dpv", "{ myPushDevices { deviceId } }", Map.of()).path("myPushDevices");
            assertThat(devices).isEmpty();
        }
    }

    @Test
    void reRegisteringTheSameDeviceReplacesItAndUnregisteringRemovesIt() throws Exception {
        try (WebPushEndpoint endpoint = WebPushEndpoint.answering()) {
            register("titular.saf", webPush("saf-laptop", endpoint, "/push/one"));
            register("titular.saf", webPush("saf-laptop", endpoint, "/push/two"));

            JsonNode devices = data("titular.saf", "{ myPushDevices { deviceId channel label } }", Map.of())
                    .path("myPushDevices");
            assertThat(devices).hasSize(1);
            assertThat(devices.get(0).path("label").asText()).isEqualTo("Chrome en Android");
            assertThat(data("titular.saf", "mutation { unregisterPushDevice(deviceId: \"saf-laptop\") }", Map.of())
                    .path("unregisterPushDevice").asBoolean()).isTrue();
            assertThat(data("titular.saf", "{ myPushDevices { deviceId } }", Map.of()).path("myPushDevices"))
                    .isEmpty();
        }
    }

    @Test
    void pushConfigurationOffersWebPushWithTheServersVapidKey() {
        JsonNode configuration = data("tecnico", "{ pushConfiguration { channel vapidPublicKey firebase { appId } } }",
                Map.of()).path("pushConfiguration");

        assertThat(configuration.path("channel").asText()).isEqualTo("WEB_PUSH");
        assertThat(configuration.path("vapidPublicKey").asText()).matches("[A-Za-z0-9_-]{87}");
        assertThat(configuration.path("firebase").isNull()).isTrue();
        assertThat(backend.graphQl("{ pushConfiguration { channel } }").errorCode()).contains("UNAUTHENTICATED");
    }

    @Test
    void deliveryLogAndReminderPassAreForAdministratorsOnly() {
        assertThat(call("titular.sv", DELIVERIES, Map.of()).errorCode()).contains("FORBIDDEN");
        assertThat(call("auditor", DELIVERIES, Map.of()).errorCode()).contains("FORBIDDEN");
        assertThat(call("titular.sv", "mutation { sendDueReminders }", Map.of()).errorCode()).contains("FORBIDDEN");
        assertThat(call("admin", "mutation { sendDueReminders }", Map.of()).hasErrors()).isFalse();
    }

    @Test
    void badRegistrationsAreRefusedAndNothingIsStored() throws Exception {
        try (WebPushEndpoint endpoint = WebPushEndpoint.answering()) {
            Map<String, Object> plainHttp = webPush("bad-1", endpoint, "/push/x");
            subscription(plainHttp).put("endpoint", "http://push.example.org/x");
            Map<String, Object> shortAuth = webPush("bad-2", endpoint, "/push/x");
            keys(shortAuth).put("auth", "c2hvcnQ");
            Map<String, Object> shortKey = webPush("bad-3", endpoint, "/push/x");
            keys(shortKey).put("p256dh", "BAAA");
            Map<String, Object> badId = webPush("no spaces allowed", endpoint, "/push/x");
            Map<String, Object> fcmNotConfigured = Map.of("deviceId", "bad-4", "channel", "FCM",
                    "fcmToken", "a-plausible-fcm-token-0123456789");
            Map<String, Object> webPushWithoutSubscription = Map.of("deviceId", "bad-5", "channel", "WEB_PUSH");

            for (Map<String, Object> input : List.of(plainHttp, shortAuth, shortKey, badId, fcmNotConfigured,
                    webPushWithoutSubscription)) {
                GraphQlResponse response = call("titular.sj", REGISTER, Map.of("input", input));
                assertThat(response.errorCode()).as(input.toString()).contains("BAD_USER_INPUT");
            }
            assertThat(data("titular.sj", "{ myPushDevices { deviceId } }", Map.of()).path("myPushDevices")).isEmpty();
        }
    }

    private static String turnedItem(String unitCode, String subject) {
        JsonNode item = CorrespondenceApi.as(backend, "oficialia")
                .register(CorrespondenceApi.registration(CorrespondenceApi.unitId(backend, "DG"), subject));
        GraphQlResponse turned = CorrespondenceApi.as(backend, "director").turn(item.path("id").asText(),
                Optional.empty(), List.of(CorrespondenceApi.turnTo(CorrespondenceApi.unitId(backend, unitCode),
                        "ATTENTION", 5)));
        assertThat(turned.hasErrors()).as(turned.body().toString()).isFalse();
        return item.path("id").asText();
    }

    private static Map<String, Object> webPush(String deviceId, WebPushEndpoint endpoint, String path) {
        Map<String, Object> keys = new HashMap<>(Map.of("p256dh", endpoint.p256dh(), "auth", endpoint.auth()));
        Map<String, Object> subscription = new HashMap<>(Map.of("endpoint", endpoint.endpoint(path), "keys", keys));
        return new HashMap<>(Map.of("deviceId", deviceId, "channel", "WEB_PUSH", "label", "Chrome en Android",
                "subscription", subscription));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> subscription(Map<String, Object> input) {
        return (Map<String, Object>) input.get("subscription");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> keys(Map<String, Object> input) {
        return (Map<String, Object>) subscription(input).get("keys");
    }

    private static JsonNode signIn(String username) {
        GraphQlResponse response = backend.graphQl("mutation($u: String!, $p: String!) { signIn(username: $u,"
                + " password: $p) { refreshToken } }", Map.of("u", username, "p", "Ventanilla-Demo-2026!"),
                Optional.empty());
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data().path("signIn");
    }

    private static void register(String username, Map<String, Object> input) {
        data(username, REGISTER, Map.of("input", input));
    }

    private static GraphQlResponse call(String username, String document, Map<String, Object> variables) {
        return backend.graphQl(document, variables, Optional.of(backend.testTokenOf(username)));
    }

    private static JsonNode data(String username, String document, Map<String, Object> variables) {
        GraphQlResponse response = call(username, document, variables);
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data();
    }

    private static JsonNode findByUrl(JsonNode nodes, String url) {
        for (JsonNode node : nodes) {
            if (node.path("url").asText().equals(url)) {
                return node;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 15 s").isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
