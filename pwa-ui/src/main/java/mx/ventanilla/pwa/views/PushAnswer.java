package mx.ventanilla.pwa.views;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.ventanilla.pwa.api.PushApi;

/**
 * What {@code ventanillaPush.subscribe} in the browser answered: the outcome, the notification permission after it,
 * and the device to register when the browser subscribed.
 *
 * @param outcome    {@code subscribed}, {@code denied}, {@code unsupported} or {@code failed}
 * @param permission {@code granted}, {@code denied}, {@code default} or {@code unsupported}
 * @param device     the device, only when subscribed with a complete Web Push subscription or a Firebase token
 */
public record PushAnswer(String outcome, String permission, Optional<PushApi.BrowserDevice> device) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer in {@code json}; anything unreadable is a failure with no device. */
    public static PushAnswer parse(String json) {
        try {
            JsonNode answer = JSON.readTree(json);
            if (answer == null || !answer.isObject()) {
                return failed();
            }
            String outcome = answer.path("outcome").asText("failed");
            return new PushAnswer(outcome, answer.path("permission").asText("default"),
                    "subscribed".equals(outcome) ? deviceFrom(answer.path("device")) : Optional.empty());
        } catch (JsonProcessingException e) {
            return failed();
        }
    }

    /** Whether the user refused (or dismissed) the browser's permission prompt. */
    public boolean refused() {
        return "denied".equals(outcome);
    }

    /** Whether the button still makes sense: the browser would ask for permission again. */
    public boolean mayAskAgain() {
        return "default".equals(permission) && device.isEmpty();
    }

    private static PushAnswer failed() {
        return new PushAnswer("failed", "default", Optional.empty());
    }

    private static Optional<PushApi.BrowserDevice> deviceFrom(JsonNode device) {
        String deviceId = device.path("deviceId").asText("");
        String label = device.path("label").asText("");
        if (deviceId.isBlank()) {
            return Optional.empty();
        }
        if (device.hasNonNull("fcmToken")) {
            return Optional.of(new PushApi.FcmDevice(deviceId, label, device.path("fcmToken").asText()));
        }
        if (device.hasNonNull("endpoint") && device.hasNonNull("p256dh") && device.hasNonNull("auth")) {
            return Optional.of(new PushApi.WebPushDevice(deviceId, label, device.path("endpoint").asText(),
                    device.path("p256dh").asText(), device.path("auth").asText()));
        }
        return Optional.empty();
    }
}
