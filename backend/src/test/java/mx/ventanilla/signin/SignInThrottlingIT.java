package mx.ventanilla.signin;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.signin.SignInClient.message;
import static org.assertj.core.api.Assertions.assertThat;

/** Throttling over HTTP, with small limits and a one-second lockout; every request comes from 127.0.0.1. */
class SignInThrottlingIT {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    static Path dataDir;

    private static RunningVentanilla backend;
    private static SignInClient client;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.start(dataDir, Map.of("ventanilla.demo-data", "false",
                "ventanilla.security.throttling.max-failures", "3",
                "ventanilla.security.throttling.max-failures-per-address", "6",
                "ventanilla.security.throttling.lockout", "PT1S"));
        client = new SignInClient(backend);
        Directory directory = new Directory(backend.ventanilla().mongo().database());
        OrgUnit unit = directory.unit("DG");
        directory.user("ana", PASSWORD, unit, Role.OFFICER);
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @BeforeEach
    void forgetEarlierFailures() {
        backend.ventanilla().mongo().database().getCollection("sign_in_attempts").deleteMany(new Document());
    }

    @Test
    void afterTooManyFailuresEvenTheRightPasswordIsRefusedUntilTheLockoutEnds() throws Exception {
        failTimes("ana", 3);

        GraphQlResponse locked = client.signIn("ana", PASSWORD);

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.errorCode()).contains("UNAUTHENTICATED");
        assertThat(message(locked)).startsWith("Too many failed sign-in attempts. Try again after ");
        Instant retryAfter = Instant.parse(locked.body().path("errors").path(0).path("extensions")
                .path("retryAfter").asText());
        assertThat(retryAfter).isBetween(Instant.now(), Instant.now().plusSeconds(2));
        assertThat(backend.ventanilla().mongo().database().getCollection("refresh_tokens").countDocuments())
                .isZero();

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), retryAfter).toMillis()) + 50);

        assertThat(client.signIn("ana", PASSWORD).hasErrors()).isFalse();
    }

    @Test
    void aLockoutReadsTheSameWhetherOrNotTheUsernameExists() {
        failTimes("ana", 3);
        failTimes("no-such-user", 3);

        GraphQlResponse existing = client.signIn("ana", "still wrong");
        GraphQlResponse unknown = client.signIn("no-such-user", "still wrong");

        assertThat(existing.status()).isEqualTo(unknown.status()).isEqualTo(401);
        assertThat(withoutInstant(message(existing))).isEqualTo(withoutInstant(message(unknown)))
                .isEqualTo("Too many failed sign-in attempts. Try again after <instant>.");
        assertThat(existing.body().path("errors").path(0).path("extensions").fieldNames())
                .toIterable().containsExactlyInAnyOrderElementsOf(
                        () -> unknown.body().path("errors").path(0).path("extensions").fieldNames());
    }

    @Test
    void manyFailuresFromOneAddressLockTheAddressOutForEveryUsername() {
        for (String username : new String[] {"u1", "u2", "u3"}) {
            failTimes(username, 2);
        }

        GraphQlResponse response = client.signIn("ana", PASSWORD);

        assertThat(response.errorCode()).contains("UNAUTHENTICATED");
        assertThat(message(response)).startsWith("Too many failed sign-in attempts.");
    }

    private static void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            GraphQlResponse response = client.signIn(username, "wrong password " + i);
            assertThat(message(response)).isEqualTo("Wrong username or password.");
        }
    }

    private static String withoutInstant(String message) {
        return message.replaceAll("after \\S+Z\\.$", "after <instant>.");
    }
}
