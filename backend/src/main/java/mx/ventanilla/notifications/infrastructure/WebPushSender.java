package mx.ventanilla.notifications.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import mx.ventanilla.notifications.model.PushChannel;
import mx.ventanilla.notifications.model.PushMessage;
import mx.ventanilla.notifications.model.PushSender;
import mx.ventanilla.notifications.model.PushTarget;
import mx.ventanilla.notifications.model.SendResult;

/**
 * Standard Web Push: the message as JSON ({@code title}, {@code body}, {@code icon}, {@code data}) encrypted for the
 * subscription (RFC 8291, {@code aes128gcm}) and POSTed to its endpoint with a VAPID authorisation (RFC 8292: an
 * ES256 JWT for the endpoint's origin, valid for 12 hours). 201/200/202 is sent; 404 and 410 mean the subscription is
 * gone; 429 and 5xx are worth another try; anything else is a permanent failure.
 */
public final class WebPushSender implements PushSender {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final Duration TIME_TO_LIVE = Duration.ofDays(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VapidKeys keys;
    private final String subject;
    private final String icon;
    private final HttpClient http;
    private final Clock clock;

    /**
     * @param subject the VAPID {@code sub}: a {@code mailto:} or {@code https:} contact for the push services
     * @param icon    the icon path the notification shows
     */
    public WebPushSender(VapidKeys keys, String subject, String icon, Clock clock) {
        this.keys = keys;
        this.subject = subject;
        this.icon = icon;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public PushChannel channel() {
        return PushChannel.WEB_PUSH;
    }

    @Override
    public SendResult send(PushTarget target, PushMessage message) {
        if (!(target instanceof PushTarget.WebPushSubscription subscription)) {
            return SendResult.failed("not a Web Push subscription");
        }
        URI endpoint = URI.create(subscription.endpoint());
        byte[] body = WebPushEncryption.encrypt(payload(message), decode(subscription.p256dh()),
                decode(subscription.auth()));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization(endpoint))
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .header("TTL", Long.toString(TIME_TO_LIVE.toSeconds()))
                .header("Urgency", "high")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return exchange(request);
    }

    private SendResult exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return resultOf(response.statusCode(), response.body());
        } catch (IOException e) {
            return SendResult.retry("push service unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.retry("interrupted");
        }
    }

    static SendResult resultOf(int status, String body) {
        String detail = "HTTP " + status + (body.isBlank() ? "" : ": " + abbreviate(body));
        if (status >= 200 && status < 300) {
            return SendResult.sent();
        }
        if (status == 404 || status == 410) {
            return SendResult.gone(detail);
        }
        if (status == 429 || status >= 500) {
            return SendResult.retry(detail);
        }
        return SendResult.failed(detail);
    }

    String authorization(URI endpoint) {
        String origin = endpoint.getScheme() + "://" + endpoint.getAuthority();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .audience(origin)
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .subject(subject)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(new ECDSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing the VAPID token failed", e);
        }
        return "vapid t=" + jwt.serialize() + ", k=" + keys.publicKeyBase64Url();
    }

    private byte[] payload(PushMessage message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", message.title());
        json.put("body", message.body());
        json.put("icon", icon);
        json.put("data", message.data());
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64Url) {
        return Base64.getUrlDecoder().decode(base64Url.replace("=", ""));
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
