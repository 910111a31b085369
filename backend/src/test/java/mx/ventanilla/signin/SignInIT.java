package mx.ventanilla.signin;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
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
import static mx.ventanilla.signin.SignInClient.refreshToken;
import static org.assertj.core.api.Assertions.assertThat;

class SignInIT {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    static Path dataDir;

    private static RunningVentanilla backend;
    private static SignInClient client;
    private static Directory directory;
    private static OrgUnit unit;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.start(dataDir, RunningVentanilla.WITHOUT_DEMO_DATA);
        client = new SignInClient(backend);
        directory = new Directory(backend.ventanilla().mongo().database());
        unit = directory.unit("DG");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void signingInReturnsASessionWhoseAccessTokenAuthenticates() throws Exception {
        User ana = directory.user("ana", PASSWORD, unit, Role.OFFICER, Role.MANAGER);

        JsonNode session = client.session("Ana", PASSWORD);

        assertThat(session.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(Instant.parse(session.path("expiresAt").asText()))
                .isBetween(Instant.now().plusSeconds(540), Instant.now().plusSeconds(660));
        assertThat(Instant.parse(session.path("refreshExpiresAt").asText()))
                .isAfter(Instant.now().plus(Duration.ofDays(13)));
        assertThat(refreshToken(session)).hasSizeGreaterThanOrEqualTo(43);
        assertThat(session.path("user").path("id").asText()).isEqualTo(ana.id());
        assertThat(session.path("user").path("username").asText()).isEqualTo("ana");
        assertThat(session.path("user").path("unitId").asText()).isEqualTo(unit.id());
        assertThat(session.path("user").path("roles")).extracting(JsonNode::asText)
                .containsExactly("MANAGER", "OFFICER");
        var claims = SignedJWT.parse(accessToken(session)).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("ventanilla");
        assertThat(claims.getAudience()).containsExactly("ventanilla-api");
        assertThat(claims.getSubject()).isEqualTo(ana.id());
        assertThat(claims.getStringClaim("unit")).isEqualTo(unit.id());
        assertThat(claims.getStringClaim("name")).isEqualTo(ana.fullName());
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("ana");
        assertThat(claims.getStringListClaim("roles")).containsExactly("MANAGER", "OFFICER");
        assertThat(claims.getJWTID()).isNotBlank();

        GraphQlResponse revoked = client.revokeSessions(ana.id(), Optional.of(accessToken(session)));

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.data().path("revokeSessions").asInt()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswerAndStoreNoSession() {
        directory.user("beto", PASSWORD, unit, Role.OFFICER);
        long sessionsBefore = storedRefreshTokens();

        GraphQlResponse wrongPassword = client.signIn("beto", "not the password");
        GraphQlResponse unknownUser = client.signIn("nobody-here", "not the password");

        for (GraphQlResponse response : List.of(wrongPassword, unknownUser)) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.errorCode()).contains("UNAUTHENTICATED");
            assertThat(message(response)).isEqualTo("Wrong username or password.");
            assertThat(response.data().isNull()).isTrue();
        }
        assertThat(storedRefreshTokens()).isEqualTo(sessionsBefore);
    }

    @Test
    void anEmptyUsernameOrPasswordIsBadInput() {
        assertThat(client.signIn("  ", PASSWORD).errorCode()).contains("BAD_USER_INPUT");
        assertThat(client.signIn("ana", "").errorCode()).contains("BAD_USER_INPUT");
    }

    @Test
    void aDeactivatedUserCannotSignIn() {
        directory.user("carla", PASSWORD, unit, false, Role.OFFICER);

        GraphQlResponse response = client.signIn("carla", PASSWORD);

        assertThat(response.errorCode()).contains("UNAUTHENTICATED");
        assertThat(message(response)).contains("deactivated");
    }

    @Test
    void refreshingRotatesTheRefreshTokenAndRetiresTheOldOne() {
        directory.user("dora", PASSWORD, unit, Role.AGENT);
        JsonNode first = client.session("dora", PASSWORD);

        GraphQlResponse refreshed = client.refresh(refreshToken(first));

        JsonNode second = refreshed.data().path("refreshSession");
        assertThat(refreshed.hasErrors()).isFalse();
        assertThat(refreshToken(second)).isNotEqualTo(refreshToken(first));
        assertThat(accessToken(second)).isNotEqualTo(accessToken(first));
        assertThat(second.path("user").path("username").asText()).isEqualTo("dora");
        assertThat(client.refresh(refreshToken(second)).hasErrors()).isFalse();
    }

    @Test
    void reusingAnExchangedRefreshTokenEndsTheWholeSession() {
        directory.user("emilio", PASSWORD, unit, Role.AGENT);
        JsonNode first = client.session("emilio", PASSWORD);
        JsonNode second = client.refresh(refreshToken(first)).data().path("refreshSession");

        GraphQlResponse replay = client.refresh(refreshToken(first));

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.errorCode()).contains("UNAUTHENTICATED");
        assertThat(message(replay)).contains("already used");
        GraphQlResponse legitimate = client.refresh(refreshToken(second));
        assertThat(legitimate.errorCode()).contains("UNAUTHENTICATED");
        assertThat(message(legitimate)).contains("ended");
    }

    @Test
    void signingOutEndsTheSession() {
        directory.user("fabiola", PASSWORD, unit, Role.AGENT);
        JsonNode session = client.session("fabiola", PASSWORD);

        assertThat(client.signOut(refreshToken(session)).data().path("signOut").asBoolean()).isTrue();

        assertThat(client.refresh(refreshToken(session)).errorCode()).contains("UNAUTHENTICATED");
        assertThat(client.signOut(refreshToken(session)).data().path("signOut").asBoolean()).isFalse();
        assertThat(client.signOut("not-a-token").data().path("signOut").asBoolean()).isFalse();
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        GraphQlResponse response = client.refresh("c29tZXRoaW5nLXRoaXMtc2VydmVyLW5ldmVyLWlzc3VlZA");

        assertThat(response.status()).isEqualTo(401);
        assertThat(message(response)).contains("not one this server issued");
    }

    @Test
    void anAdministratorEndsAnotherUsersSessionsAndOthersMayNot() {
        User gabriel = directory.user("gabriel", PASSWORD, unit, Role.OFFICER);
        directory.user("helena", PASSWORD, unit, Role.ADMIN);
        directory.user("ivan", PASSWORD, unit, Role.MANAGER, Role.AUDITOR);
        JsonNode phone = client.session("gabriel", PASSWORD);
        JsonNode laptop = client.session("gabriel", PASSWORD);
        String admin = accessToken(client.session("helena", PASSWORD));
        String manager = accessToken(client.session("ivan", PASSWORD));

        GraphQlResponse refused = client.revokeSessions(gabriel.id(), Optional.of(manager));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).contains("FORBIDDEN");
        assertThat(client.refresh(refreshToken(phone)).hasErrors()).isFalse();

        GraphQlResponse revoked = client.revokeSessions(gabriel.id(), Optional.of(admin));
        assertThat(revoked.data().path("revokeSessions").asInt()).isEqualTo(2);
        assertThat(client.refresh(refreshToken(laptop)).errorCode()).contains("UNAUTHENTICATED");
    }

    @Test
    void revokingSessionsOfAnUnknownUserIsNotFoundAndAnonymousCallersAreUnauthenticated() {
        directory.user("julia", PASSWORD, unit, Role.ADMIN);
        String admin = accessToken(client.session("julia", PASSWORD));

        assertThat(client.revokeSessions("no-such-user", Optional.of(admin)).errorCode()).contains("NOT_FOUND");
        GraphQlResponse anonymous = client.revokeSessions("no-such-user", Optional.empty());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).contains("UNAUTHENTICATED");
    }

    @Test
    void aBadBearerTokenIsRefusedWithA401AndChangesNothing() {
        User kevin = directory.user("kevin", PASSWORD, unit, Role.AGENT);
        JsonNode session = client.session("kevin", PASSWORD);
        String[] parts = accessToken(session).split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA";

        for (String token : List.of("garbage", forged)) {
            GraphQlResponse response = client.revokeSessions(kevin.id(), Optional.of(token));
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.errorCode()).contains("UNAUTHENTICATED");
            assertThat(response.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
        }
        HttpResponse<String> basic = backend.send(HttpRequest.newBuilder(backend.uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("kevin:x".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ apiVersion }\"}"))
                .build());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(client.refresh(refreshToken(session)).hasErrors()).isFalse();
    }

    @Test
    void theJwksPublishesThePublicKeyThatVerifiesAccessTokens() throws Exception {
        directory.user("laura", PASSWORD, unit, Role.AGENT);
        SignedJWT token = SignedJWT.parse(accessToken(client.session("laura", PASSWORD)));

        HttpResponse<String> jwks = backend.get("/.well-known/jwks.json");

        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.headers().firstValue("Content-Type")).get().asString().startsWith("application/jwk-set+json");
        JsonNode keys = new ObjectMapper().readTree(jwks.body()).path("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).has("d")).isFalse();
        assertThat(keys.get(0).path("kid").asText()).isEqualTo(token.getHeader().getKeyID());
        ECKey published = (ECKey) JWKSet.parse(jwks.body()).getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(published.isPrivate()).isFalse();
        assertThat(token.verify(new ECDSAVerifier(published))).isTrue();
    }

    @Test
    void ofConcurrentRefreshesWithOneTokenExactlyOneSucceeds() throws Exception {
        directory.user("mario", PASSWORD, unit, Role.AGENT);
        String refreshToken = refreshToken(client.session("mario", PASSWORD));
        List<Callable<GraphQlResponse>> refreshes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            refreshes.add(() -> client.refresh(refreshToken));
        }

        List<GraphQlResponse> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<GraphQlResponse> future : pool.invokeAll(refreshes)) {
                responses.add(future.get());
            }
        }

        assertThat(responses).filteredOn(response -> !response.hasErrors()).hasSize(1);
        assertThat(responses).filteredOn(GraphQlResponse::hasErrors)
                .allSatisfy(response -> assertThat(response.errorCode()).contains("UNAUTHENTICATED"));
    }

    private static long storedRefreshTokens() {
        return backend.ventanilla().mongo().database().getCollection("refresh_tokens").countDocuments();
    }
}
