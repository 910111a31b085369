package mx.ventanilla.notifications.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import mx.ventanilla.notifications.model.PushMessage;
import mx.ventanilla.notifications.model.PushTarget;
import mx.ventanilla.notifications.model.SendResult;
import org.junit.jupiter.api.Test;

class WebPushSenderTest {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final PushMessage MESSAGE = new PushMessage("Nuevo turno DG-2026-000123",
            "Solicitud de información del programa de vivienda",
            Map.of("correspondenceId", "c-1", "url", "/documento/c-1"));

    private final KeyPair vapidPair = EcKeys.generate();
    private final VapidKeys vapid = VapidKeys.of(
            BASE64URL.encodeToString(EcKeys.uncompressed((ECPublicKey) vapidPair.getPublic())),
            BASE64URL.encodeToString(vapidPair.getPrivate().getEncoded()));
    private final WebPushSender sender = new WebPushSender(vapid, "mailto:soporte@example.org", "/icons/icon.png",
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void pushIsEncryptedForTheSubscriptionAndAuthorisedWithVapid() throws Exception {
        try (WebPushEndpoint endpoint = WebPushEndpoint.answering(201)) {
            SendResult result = sender.send(subscriptionAt(endpoint, "/push/abc"), MESSAGE);

            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.SENT);
            WebPushEndpoint.Received request = endpoint.received().getFirst();
            assertThat(request.path()).isEqualTo("/push/abc");
            assertThat(request.header("Content-Encoding")).isEqualTo("aes128gcm");
            assertThat(Long.parseLong(request.header("TTL"))).isPositive();
            JsonNode payload = endpoint.decrypt(request.body());
            assertThat(payload.path("title").asText()).isEqualTo("Nuevo turno DG-2026-000123");
            assertThat(payload.path("body").asText()).isEqualTo("Solicitud de información del programa de vivienda");
            assertThat(payload.path("icon").asText()).isEqualTo("/icons/icon.png");
            assertThat(payload.path("data").path("url").asText()).isEqualTo("/documento/c-1");
        }
    }

    @Test
    void vapidTokenIsSignedByTheServerKeyForTheEndpointOriginAndExpiresWithinADay() throws Exception {
        try (WebPushEndpoint endpoint = WebPushEndpoint.answering(201)) {
            sender.send(subscriptionAt(endpoint, "/push/abc"), MESSAGE);

            String authorization = endpoint.received().getFirst().header("Authorization");
            assertThat(authorization).matches("vapid t=[^,]+, k=[A-Za-z0-9_-]+");
            String token = authorization.substring("vapid t=".length(), authorization.indexOf(','));
            String key = authorization.substring(authorization.indexOf("k=") + 2);
            assertThat(key).isEqualTo(vapid.publicKeyBase64Url());
            SignedJWT jwt = SignedJWT.parse(token);
            assertThat(jwt.verify(new ECDSAVerifier(EcKeys.publicKey(Base64.getUrlDecoder().decode(key))))).isTrue();
            assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(endpoint.origin());
            assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("mailto:soporte@example.org");
            assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                    .isAfter(NOW).isBeforeOrEqualTo(NOW.plus(Duration.ofHours(24)));
        }
    }

    @Test
    void tokenOfAnotherKeyDoesNotVerify() throws Exception {
        try (WebPushEndpoint endpoint = WebPushEndpoint.answering(201)) {
            sender.send(subscriptionAt(endpoint, "/push/abc"), MESSAGE);
            String authorization = endpoint.received().getFirst().header("Authorization");
            SignedJWT jwt = SignedJWT.parse(authorization.substring(8, authorization.indexOf(',')));

            assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) EcKeys.generate().getPublic()))).isFalse();
        }
    }

    @Test
    void goneSubscriptionsAreReportedGoneAndOverloadIsWorthAnotherTry() throws Exception {
        try (WebPushEndpoint endpoint = WebPushEndpoint.answering(410, 404, 429, 503, 400)) {
            PushTarget target = subscriptionAt(endpoint, "/push/abc");

            assertThat(sender.send(target, MESSAGE).outcome()).isEqualTo(SendResult.Outcome.GONE);
            assertThat(sender.send(target, MESSAGE).outcome()).isEqualTo(SendResult.Outcome.GONE);
            assertThat(sender.send(target, MESSAGE).outcome()).isEqualTo(SendResult.Outcome.RETRY);
            assertThat(sender.send(target, MESSAGE).outcome()).isEqualTo(SendResult.Outcome.RETRY);
            SendResult badRequest = sender.send(target, MESSAGE);
            assertThat(badRequest.outcome()).isEqualTo(SendResult.Outcome.FAILED);
            assertThat(badRequest.detail()).startsWith("HTTP 400");
        }
    }

    @Test
    void unreachablePushServiceIsWorthAnotherTry() throws Exception {
        PushTarget target;
        try (WebPushEndpoint endpoint = WebPushEndpoint.answering()) {
            target = subscriptionAt(endpoint, "/push/abc");
        }
        assertThat(sender.send(target, MESSAGE).outcome()).isEqualTo(SendResult.Outcome.RETRY);
    }

    private static PushTarget subscriptionAt(WebPushEndpoint endpoint, String path) {
        return new PushTarget.WebPushSubscription(endpoint.endpoint(path), endpoint.p256dh(), endpoint.auth());
    }
}
