package mx.ventanilla.signin;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.signin.SignInClient.accessToken;
import static mx.ventanilla.signin.SignInClient.message;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens of an external OpenID Connect provider: its JWKS is served by a JDK HTTP server on a free port, its tokens
 * are RS256 and signed with an RSA key made here.
 */
class ExternalIdentityProviderIT {

    private static final String ISSUER = "https://sso.example.gob.mx/realms/estado";
    private static final String AUDIENCE = "ventanilla";

    @TempDir
    static Path dataDir;

    private static HttpServer identityProvider;
    private static RSAKey providerKey;
    private static RunningVentanilla backend;
    private static SignInClient client;
    private static Directory directory;
    private static OrgUnit unit;

    @BeforeAll
    static void start() throws Exception {
        providerKey = new RSAKeyGenerator(2048).keyID("idp-key-1").keyUse(KeyUse.SIGNATURE).generate();
        byte[] jwks = new JWKSet(providerKey.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
        identityProvider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        identityProvider.createContext("/realms/estado/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        identityProvider.start();
        backend = RunningVentanilla.start(dataDir, Map.of("ventanilla.demo-data", "false",
                "ventanilla.security.oidc.issuer", ISSUER,
                "ventanilla.security.oidc.jwks-url", "http://127.0.0.1:" + identityProvider.getAddress().getPort()
                        + "/realms/estado/certs",
                "ventanilla.security.oidc.audience", AUDIENCE));
        client = new SignInClient(backend);
        directory = new Directory(backend.ventanilla().mongo().database());
        unit = directory.unit("DG");
    }

    @AfterAll
    static void stop() {
        backend.close();
        identityProvider.stop(0);
    }

    @Test
    void aProviderTokenIsAcceptedForTheUserWithTheSameUsername() throws Exception {
        User ana = directory.externalUser("ana", "ana.perez@example.gob.mx", unit, true, Role.OFFICER);

        GraphQlResponse response = client.revokeSessions(ana.id(), Optional.of(providerToken(claims("ana").build())));

        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        assertThat(response.data().path("revokeSessions").asInt()).isZero();
    }

    @Test
    void ownTokensKeepWorkingAlongsideTheProvider() {
        User beto = directory.user("beto", "correct horse battery staple", unit, Role.OFFICER);
        String own = accessToken(client.session("beto", "correct horse battery staple"));

        assertThat(client.revokeSessions(beto.id(), Optional.of(own)).status()).isEqualTo(200);
    }

    @Test
    void theVerifiedEmailMatchesWhenTheUsernameDoesNot() throws Exception {
        User carla = directory.externalUser("carla", "carla.ruiz@example.gob.mx", unit, true, Role.AGENT);
        JWTClaimsSet claims = claims("c.ruiz").claim("email", "Carla.Ruiz@example.gob.mx")
                .claim("email_verified", true).build();

        assertThat(client.revokeSessions(carla.id(), Optional.of(providerToken(claims))).status()).isEqualTo(200);
    }

    @Test
    void anUnverifiedEmailIsNotMatched() throws Exception {
        User dora = directory.externalUser("dora", "dora.diaz@example.gob.mx", unit, true, Role.AGENT);
        JWTClaimsSet claims = claims("d.diaz").claim("email", "dora.diaz@example.gob.mx")
                .claim("email_verified", false).build();

        GraphQlResponse response = client.revokeSessions(dora.id(), Optional.of(providerToken(claims)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(message(response)).contains("No Ventanilla user matches");
    }

    @Test
    void anAccountWithoutAVentanillaUserIsRefused() throws Exception {
        GraphQlResponse response = client.revokeSessions("anyone", Optional.of(providerToken(claims("stranger").build())));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).contains("UNAUTHENTICATED");
        assertThat(message(response)).contains("No Ventanilla user matches");
    }

    @Test
    void aDeactivatedUserIsRefused() throws Exception {
        User emilio = directory.externalUser("emilio", "emilio@example.gob.mx", unit, false, Role.AGENT);

        GraphQlResponse response = client.revokeSessions(emilio.id(), Optional.of(providerToken(claims("emilio").build())));

        assertThat(response.status()).isEqualTo(401);
        assertThat(message(response)).contains("deactivated");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        User fabiola = directory.externalUser("fabiola", "fabiola@example.gob.mx", unit, true, Role.AGENT);
        JWTClaimsSet claims = claims("fabiola").issuer("https://other-sso.example.com").build();

        GraphQlResponse response = client.revokeSessions(fabiola.id(), Optional.of(providerToken(claims)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).contains("UNAUTHENTICATED");
    }

    @Test
    void aTokenSignedByAnotherKeyUnderTheProvidersKidIsRefused() throws Exception {
        User gabriel = directory.externalUser("gabriel", "gabriel@example.gob.mx", unit, true, Role.AGENT);
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(providerKey.getKeyID()).generate();

        GraphQlResponse response = client.revokeSessions(gabriel.id(),
                Optional.of(sign(impostor, claims("gabriel").build())));

        assertThat(response.status()).isEqualTo(401);
        assertThat(message(response)).contains("signature");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        User helena = directory.externalUser("helena", "helena@example.gob.mx", unit, true, Role.AGENT);

        GraphQlResponse response = client.revokeSessions(helena.id(),
                Optional.of(providerToken(claims("helena").audience("another-app").build())));

        assertThat(response.status()).isEqualTo(401);
        assertThat(message(response)).contains("aud");
    }

    @Test
    void anExpiredProviderTokenIsRefused() throws Exception {
        User ivan = directory.externalUser("ivan", "ivan@example.gob.mx", unit, true, Role.AGENT);
        JWTClaimsSet claims = claims("ivan").expirationTime(Date.from(Instant.now().minusSeconds(120))).build();

        GraphQlResponse response = client.revokeSessions(ivan.id(), Optional.of(providerToken(claims)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(message(response)).contains("expired");
    }

    @Test
    void anHs256TokenKeyedWithTheProvidersPublicKeyIsRefused() throws Exception {
        User julia = directory.externalUser("julia", "julia@example.gob.mx", unit, true, Role.AGENT);
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(providerKey.getKeyID()).type(JOSEObjectType.JWT).build(), claims("julia").build());
        forged.sign(new MACSigner(providerKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));

        GraphQlResponse response = client.revokeSessions(julia.id(), Optional.of(forged.serialize()));

        assertThat(response.status()).isEqualTo(401);
        assertThat(message(response)).contains("HS256 is not accepted");
    }

    private static JWTClaimsSet.Builder claims(String preferredUsername) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", preferredUsername);
    }

    private static String providerToken(JWTClaimsSet claims) throws Exception {
        return sign(providerKey, claims);
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
