package mx.ventanilla;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer does first: a demo user of the seeded institute signs in through the API and asks who they are.
 */
class DemoSignInIT {

    private static final String DEMO_PASSWORD = "Ventanilla-Demo-2026!";

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.start(dataDir);
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void demoOfficerSignsInAndSeesThemselvesWithTheirUnit() {
        GraphQlResponse session = backend.graphQl("""
                mutation ($username: String!, $password: String!) {
                  signIn(username: $username, password: $password) { accessToken user { username } }
                }""", Map.of("username", "oficialia", "password", DEMO_PASSWORD));
        assertThat(session.hasErrors()).as(session.body().toString()).isFalse();
        String token = session.data().path("signIn").path("accessToken").asText();

        GraphQlResponse me = backend.graphQl("{ me { kind name roles user { fullName } unit { code name } } }",
                Map.of(), Optional.of(token));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().path("me").path("name").asText()).isEqualTo("oficialia");
        assertThat(me.data().path("me").path("kind").asText()).isEqualTo("USER");
        assertThat(me.data().path("me").path("roles").toString()).contains("OFFICER");
        assertThat(me.data().path("me").path("user").path("fullName").asText()).isEqualTo("Ana Karen Flores Jiménez");
        assertThat(me.data().path("me").path("unit").path("code").asText()).isEqualTo("DCG");
    }

    @Test
    void meWithoutSigningInIsRefusedWith401() {
        GraphQlResponse me = backend.graphQl("{ me { name } }");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.errorCode()).contains("UNAUTHENTICATED");
    }

    @Test
    void aWrongDemoPasswordIsRefusedWithoutSayingWhy() {
        GraphQlResponse session = backend.graphQl("""
                mutation { signIn(username: "oficialia", password: "otra-cosa-2026!") { accessToken } }""");

        assertThat(session.errorCode()).contains("UNAUTHENTICATED");
        assertThat(session.body().toString()).doesNotContain("otra-cosa");
    }
}
