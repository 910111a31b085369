package mx.ventanilla.pwa.api;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The push part of the API (docs/notifications.md): which channel to register with and its public parameters, and
 * registering this browser (a Web Push subscription or a Firebase registration token) for the signed-in user.
 */
public final class PushApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VentanillaApi api;

    public PushApi(VentanillaApi api) {
        this.api = api;
    }

    /** The public values of the operator's Firebase web app, for {@code initializeApp} and {@code getToken}. */
    public record FirebaseWebConfig(String apiKey, String projectId, String messagingSenderId, String appId,
            String vapidKey) {
    }

    /**
     * The push channel the backend uses and its public parameters.
     *
     * @param channel        {@code WEB_PUSH} or {@code FCM}
     * @param vapidPublicKey the {@code applicationServerKey} for Web Push, base64url
     * @param firebase       the Firebase web configuration, present when the channel is FCM
     */
    public record PushSettings(String channel, String vapidPublicKey, Optional<FirebaseWebConfig> firebase) {

        public boolean isWebPush() {
            return "WEB_PUSH".equals(channel);
        }

        /**
         * What the browser needs to register this device, as JSON for {@code ventanillaPush.subscribe}:
         * {@code {channel: "WEB_PUSH", vapidPublicKey}} or {@code {channel: "FCM", firebase: {...}}}; empty when
         * the browser cannot register (FCM without its web configuration, an unknown channel, no key).
         */
        public Optional<String> browserOptions() {
            ObjectNode options = JSON.createObjectNode().put("channel", channel);
            if (isWebPush() && !vapidPublicKey.isBlank()) {
                return Optional.of(options.put("vapidPublicKey", vapidPublicKey).toString());
            }
            if ("FCM".equals(channel) && firebase.isPresent()) {
                options.set("firebase", JSON.valueToTree(firebase.get()));
                return Optional.of(options.toString());
            }
            return Optional.empty();
        }
    }

    /** A device as the browser registers it: its id kept in the browser, a label for the user, and its target. */
    public sealed interface BrowserDevice {

        String deviceId();

        String label();
    }

    /**
     * A browser's Web Push subscription as {@code PushSubscription.toJSON()} gives it, with the device id the app
     * keeps in the browser and a label for the user.
     */
    public record WebPushDevice(String deviceId, String label, String endpoint, String p256dh, String auth)
            implements BrowserDevice {
    }

    /** A browser registered with Firebase Cloud Messaging through its registration token. */
    public record FcmDevice(String deviceId, String label, String fcmToken) implements BrowserDevice {
    }

    public PushSettings configuration(String accessToken) {
        JsonNode configuration = api.execute("query PushConfiguration { pushConfiguration { channel vapidPublicKey"
                        + " firebase { apiKey projectId messagingSenderId appId vapidKey } } }", Map.of(),
                Optional.of(accessToken)).path("pushConfiguration");
        JsonNode firebase = configuration.path("firebase");
        Optional<FirebaseWebConfig> web = firebase.isObject()
                ? Optional.of(new FirebaseWebConfig(firebase.path("apiKey").asText(),
                        firebase.path("projectId").asText(), firebase.path("messagingSenderId").asText(),
                        firebase.path("appId").asText(), firebase.path("vapidKey").asText()))
                : Optional.empty();
        return new PushSettings(configuration.path("channel").asText(), configuration.path("vapidPublicKey").asText(),
                web);
    }

    /** Registers (or replaces) the device; the backend refuses bad registrations with {@code BAD_USER_INPUT}. */
    public void register(String accessToken, BrowserDevice device) {
        Map<String, Object> input = switch (device) {
            case WebPushDevice web -> Map.of("deviceId", web.deviceId(), "channel", "WEB_PUSH",
                    "label", web.label(), "subscription", Map.of("endpoint", web.endpoint(),
                            "keys", Map.of("p256dh", web.p256dh(), "auth", web.auth())));
            case FcmDevice fcm -> Map.of("deviceId", fcm.deviceId(), "channel", "FCM", "label", fcm.label(),
                    "fcmToken", fcm.fcmToken());
        };
        api.execute("mutation RegisterPushDevice($input: RegisterPushDeviceInput!) {"
                        + " registerPushDevice(input: $input) { deviceId } }", Map.of("input", input),
                Optional.of(accessToken));
    }
}
