package mx.ventanilla.signin.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.signin.MutableClock;
import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.TokenSubject;
import mx.ventanilla.signin.model.VerifiedToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtBearerTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-03-02T16:00:00Z");
    private static final User ANA = new User("user-ana", "ana", "Ana Pérez", "ana@example.gob.mx",
            Set.of(Role.OFFICER), "unit-dg", true, 1);

    private final MutableClock clock = new MutableClock(NOW);
    private final SigningKeys keys = SigningKeys.generated();
    private final JwtAccessTokens issuer = new JwtAccessTokens(keys, "ventanilla", Duration.ofMinutes(10), clock);
    private final JwtBearerTokenVerifier verifier = new JwtBearerTokenVerifier(keys, "ventanilla",
            Duration.ofSeconds(30), clock, Optional.empty());

    @Test
    void acceptsItsOwnUserToken() {
        String token = issuer.issue(new TokenSubject.StaffUser(ANA, "family-1")).value();

        assertThat(verifier.verify(token)).isEqualTo(new VerifiedToken.OwnUserToken("user-ana"));
    }

    @Test
    void acceptsAServiceAccountTokenWithItsScopes() {
        ServiceAccount account = new ServiceAccount("sa-1", "svc-portal", "Portal", "unit-dg",
                Set.of("correspondence:read", "correspondence:write"), true, NOW, NOW);
        String token = issuer.issue(new TokenSubject.Integration(account, Set.of("correspondence:read"))).value();

        assertThat(verifier.verify(token))
                .isEqualTo(new VerifiedToken.OwnServiceAccountToken("sa-1", Set.of("correspondence:read")));
    }

    @Test
    void refusesAnExpiredToken() {
        String token = issuer.issue(new TokenSubject.StaffUser(ANA, "family-1")).value();
        clock.advance(Duration.ofMinutes(10).plusSeconds(31));

        assertRefused(token, "has expired");
    }

    @Test
    void toleratesClockSkewAfterExpiry() {
        String token = issuer.issue(new TokenSubject.StaffUser(ANA, "family-1")).value();
        clock.advance(Duration.ofMinutes(10).plusSeconds(20));

        assertThat(verifier.verify(token)).isInstanceOf(VerifiedToken.OwnUserToken.class);
    }

    @Test
    void refusesAnUnsignedAlgNoneToken() {
        String genuine = issuer.issue(new TokenSubject.StaffUser(ANA, "family-1")).value();
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"at+jwt\"}");
        String unsigned = header + "." + genuine.split("\\.")[1] + ".";

        assertRefused(unsigned, "alg \"none\"");
    }

    @Test
    void refusesHs256SignedWithThePublicKeyAsSecret() throws Exception {
        byte[] publicKeyAsSecret = keys.signingKey().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(keys.signingKey().getKeyID())
                .type(JwtAccessTokens.ACCESS_TOKEN_TYPE)
                .build(), validClaims().build());
        forged.sign(new MACSigner(publicKeyAsSecret));

        assertRefused(forged.serialize(), "HS256 is not accepted");
    }

    @Test
    void refusesATamperedPayload() {
        String[] parts = issuer.issue(new TokenSubject.StaffUser(ANA, "family-1")).value().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"OFFICER\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + base64Url(payload) + "." + parts[2];

        assertThat(payload).contains("ADMIN");
        assertRefused(tampered, "signature does not verify");
    }

    @Test
    void refusesAnotherAudience() throws Exception {
        assertRefused(sign(keys.signingKey(), validClaims().audience("another-api").build()), "aud");
    }

    @Test
    void refusesAnotherIssuer() throws Exception {
        assertRefused(sign(keys.signingKey(), validClaims().issuer("https://evil.example").build()), "iss");
    }

    @Test
    void refusesAKeyItDoesNotKnow() throws Exception {
        ECKey stranger = SigningKeys.generated().signingKey();

        assertRefused(sign(stranger, validClaims().build()), "key this server does not know");
    }

    @Test
    void refusesASignatureByAnotherKeyUnderOurKid() throws Exception {
        ECKey impostor = new ECKey.Builder(SigningKeys.generated().signingKey())
                .keyID(keys.signingKey().getKeyID())
                .build();

        assertRefused(sign(impostor, validClaims().build()), "signature does not verify");
    }

    @Test
    void refusesATokenThatIsNotAnAccessToken() throws Exception {
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(keys.signingKey().getKeyID())
                .type(JOSEObjectType.JWT)
                .build(), validClaims().build());
        idToken.sign(new ECDSASigner(keys.signingKey()));

        assertRefused(idToken.serialize(), "typ");
    }

    @Test
    void refusesATokenWithoutRequiredClaims() throws Exception {
        assertRefused(sign(keys.signingKey(), validClaims().jwtID(null).build()), "jti");
    }

    @Test
    void refusesSomethingThatIsNotAJwt() {
        assertRefused("not-a-token", "not a well-formed JWT");
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining(reason);
    }

    private static JWTClaimsSet.Builder validClaims() {
        return new JWTClaimsSet.Builder()
                .issuer("ventanilla")
                .audience("ventanilla-api")
                .subject("user-ana")
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(600)))
                .jwtID("jti-1")
                .claim("roles", List.of("ADMIN"));
    }

    private static String sign(ECKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(JwtAccessTokens.ACCESS_TOKEN_TYPE)
                .build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
