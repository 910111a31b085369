package mx.ventanilla.pwa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** Which channel and configuration the browser gets, and what a registration sends, against a canned endpoint. */
class PushApiTest {

    private static final String FIREBASE = """
            {"data":{"pushConfiguration":{"channel":"FCM","vapidPublicKey":"BPk","firebase":{"apiKey":"AIzaKey",
            "projectId":"ventanilla-edomex","messagingSenderId":"1234567890","appId":"1:1234567890:web:abc",
            "vapidKey":"BFirebaseKey"}}}}""";

    @Test
    void withoutFirebaseTheBrowserSubscribesWithTheVapidKey() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("""
                {"data":{"pushConfiguration":{"channel":"WEB_PUSH","vapidPublicKey":"BPk","firebase":null}}}""")) {

            PushApi.PushSettings settings = new PushApi(endpoint.api()).configuration("t");

            assertThat(settings.firebase()).isEmpty();
            assertThat(settings.browserOptions()).contains("{\"channel\":\"WEB_PUSH\",\"vapidPublicKey\":\"BPk\"}");
        }
    }

    @Test
    void withFirebaseTheBrowserGetsTheFirebaseWebConfigurationAndNoVapidKeyOfOurs() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl(FIREBASE)) {

            PushApi.PushSettings settings = new PushApi(endpoint.api()).configuration("t");

            assertThat(settings.browserOptions()).hasValueSatisfying(options -> assertThat(options)
                    .startsWith("{\"channel\":\"FCM\",\"firebase\":{")
                    .contains("\"apiKey\":\"AIzaKey\"", "\"projectId\":\"ventanilla-edomex\"",
                            "\"messagingSenderId\":\"1234567890\"", "\"appId\":\"1:1234567890:web:abc\"",
                            "\"vapidKey\":\"BFirebaseKey\"")
                    .doesNotContain("BPk"));
            assertThat(endpoint.bodies().getFirst()).contains("firebase { apiKey projectId messagingSenderId appId"
                    + " vapidKey }");
        }
    }

    @Test
    void firebaseAsChannelWithoutItsWebConfigurationOffersNothing() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("""
                {"data":{"pushConfiguration":{"channel":"FCM","vapidPublicKey":"BPk","firebase":null}}}""")) {

            assertThat(new PushApi(endpoint.api()).configuration("t").browserOptions()).isEmpty();
        }
    }

    @Test
    void anUnknownChannelOrAMissingKeyOffersNothing() {
        assertThat(new PushApi.PushSettings("CARRIER_PIGEON", "BPk", java.util.Optional.empty()).browserOptions())
                .isEmpty();
        assertThat(new PushApi.PushSettings("WEB_PUSH", "", java.util.Optional.empty()).browserOptions()).isEmpty();
    }

    @Test
    void aFirebaseDeviceIsRegisteredOnChannelFcmWithItsToken() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("{\"data\":{\"registerPushDevice\":{\"deviceId\":\"d1\"}}}")) {

            new PushApi(endpoint.api()).register("t", new PushApi.FcmDevice("d1", "Chrome Android", "fcm-token-123"));

            assertThat(endpoint.bodies().getFirst())
                    .contains("\"channel\":\"FCM\"", "\"fcmToken\":\"fcm-token-123\"", "\"deviceId\":\"d1\"")
                    .doesNotContain("subscription\":");
        }
    }

    @Test
    void aWebPushDeviceIsRegisteredWithItsSubscription() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("{\"data\":{\"registerPushDevice\":{\"deviceId\":\"d2\"}}}")) {

            new PushApi(endpoint.api()).register("t", new PushApi.WebPushDevice("d2", "Firefox Linux",
                    "https://push.example/abc", "BKey", "secret"));

            assertThat(endpoint.bodies().getFirst())
                    .contains("\"channel\":\"WEB_PUSH\"", "\"endpoint\":\"https://push.example/abc\"",
                            "\"p256dh\":\"BKey\"", "\"auth\":\"secret\"")
                    .doesNotContain("fcmToken");
        }
    }
}
