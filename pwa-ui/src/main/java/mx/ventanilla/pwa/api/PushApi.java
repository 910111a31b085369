package mx.ventanilla.pwa.api;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The push part of the API (docs/notifications.md): which channel to register with, and registering this browser's
 * Web Push subscription for the signed-in user.
 */
public final class PushApi {

    private final VentanillaApi api;

    public PushApi(VentanillaApi api) {
        this.api = api;
    }

    /**
     * The push channel the backend uses and its VAPID public key.
     *
     * @param channel        {@code WEB_PUSH} or {@code FCM}
     * @param vapidPublicKey the {@code applicationServerKey} for Web Push, base64url
     */
    public record PushSettings(String channel, String vapidPublicKey) {

        public boolean isWebPush() {
            return "WEB_PUSH".equals(channel);
        }
    }

    /**
     * A browser's Web Push subscription as {@code PushSubscription.toJSON()} gives it, with the device id the app
     * keeps in the browser and a label for the user.
     */
    public record WebPushDevice(String deviceId, String label, String endpoint, String p256dh, String auth) {
    }

    public PushSettings configuration(String accessToken) {
        JsonNode configuration = api.execute(
                "query PushConfiguration { pushConfiguration { channel vapidPublicKey } }", Map.of(),
                Optional.of(accessToken)).path("pushConfiguration");
        return new PushSettings(configuration.path("channel").asText(), configuration.path("vapidPublicKey").asText());
    }

    /** Registers (or replaces) the device; the backend refuses bad subscriptions with {@code BAD_USER_INPUT}. */
    public void register(String accessToken, WebPushDevice device) {
        Map<String, Object> input = Map.of("deviceId", device.deviceId(), "channel", "WEB_PUSH",
                "label", device.label(), "subscription", Map.of("endpoint", device.endpoint(),
                        "keys", Map.of("p256dh", device.p256dh(), "auth", device.auth())));
        api.execute("mutation RegisterPushDevice($input: RegisterPushDeviceInput!) {"
                + " registerPushDevice(input: $input) { deviceId } }", Map.of("input", input), Optional.of(accessToken));
    }
}
