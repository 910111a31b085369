package mx.ventanilla.notifications.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.regex.Pattern;

import mx.ventanilla.notifications.model.DeviceRegistration;
import mx.ventanilla.notifications.model.PushTarget;
import mx.ventanilla.platform.error.InvalidInputException;

/**
 * Checks a device registration before anything is stored: the device id and label, an FCM token's length, a Web
 * Push endpoint (https, or plain http to a loopback address where {@code allowLoopbackHttp}) and its keys' lengths.
 */
public final class DeviceRules {

    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern FCM_TOKEN = Pattern.compile("[A-Za-z0-9_:.\\-]{20,4096}");
    private static final int P256_POINT_BYTES = 65;
    private static final int AUTH_SECRET_BYTES = 16;

    private final boolean allowLoopbackHttp;

    public DeviceRules(boolean allowLoopbackHttp) {
        this.allowLoopbackHttp = allowLoopbackHttp;
    }

    public void check(DeviceRegistration registration) {
        if (!DEVICE_ID.matcher(registration.deviceId()).matches()) {
            throw new InvalidInputException("deviceId",
                    "The device id must be 1 to 100 letters, digits, dots, dashes or underscores.");
        }
        if (registration.label().length() > 100) {
            throw new InvalidInputException("label", "The label may have at most 100 characters.");
        }
        switch (registration.target()) {
            case PushTarget.FcmToken fcm -> checkToken(fcm);
            case PushTarget.WebPushSubscription subscription -> checkSubscription(subscription);
        }
    }

    private static void checkToken(PushTarget.FcmToken fcm) {
        if (!FCM_TOKEN.matcher(fcm.token()).matches()) {
            throw new InvalidInputException("fcmToken",
                    "The FCM token must be 20 to 4096 characters as Firebase issues them.");
        }
    }

    private void checkSubscription(PushTarget.WebPushSubscription subscription) {
        checkEndpoint(subscription.endpoint());
        byte[] key = base64Url(subscription.p256dh(), "subscription.keys.p256dh");
        if (key.length != P256_POINT_BYTES || key[0] != 0x04) {
            throw new InvalidInputException("subscription.keys.p256dh",
                    "p256dh must be an uncompressed P-256 public key: 65 bytes, base64url.");
        }
        if (base64Url(subscription.auth(), "subscription.keys.auth").length != AUTH_SECRET_BYTES) {
            throw new InvalidInputException("subscription.keys.auth", "auth must be 16 bytes, base64url.");
        }
    }

    private void checkEndpoint(String endpoint) {
        URI uri = parse(endpoint);
        boolean https = "https".equals(uri.getScheme());
        boolean loopbackHttp = "http".equals(uri.getScheme()) && allowLoopbackHttp && isLoopback(uri.getHost());
        if (endpoint.length() > 2048 || uri.getHost() == null || !(https || loopbackHttp)) {
            throw new InvalidInputException("subscription.endpoint",
                    "The push endpoint must be an https URL of at most 2048 characters.");
        }
    }

    private static URI parse(String endpoint) {
        try {
            return new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("subscription.endpoint", "The push endpoint is not a valid URL.");
        }
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
    }

    private static byte[] base64Url(String value, String field) {
        try {
            return Base64.getUrlDecoder().decode(value.replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " is not base64url.");
        }
    }
}
