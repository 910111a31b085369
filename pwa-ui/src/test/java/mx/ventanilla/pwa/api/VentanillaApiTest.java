package mx.ventanilla.pwa.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a canned GraphQL endpoint; the real backend is exercised by the browser tests. */
class VentanillaApiTest {

    private final List<Recorded> requests = new ArrayList<>();
    private HttpServer server;
    private String answer = "{}";

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void signInSendsTheCredentialsAsVariablesAndReadsTheSession() throws IOException {
        answer = """
                {"data":{"signIn":{"accessToken":"a1","expiresAt":"2026-03-02T17:10:00Z","refreshToken":"r1",
                "refreshExpiresAt":"2026-03-16T17:00:00Z","user":{"id":"u7","username":"oficialia",
                "fullName":"Ana Karen Flores Jiménez","roles":["OFFICER"],"unitId":"DCG-1"}}}}""";

        ApiSession session = api().signIn("oficialia", "secreto \"con\" comillas");

        assertThat(session.accessToken()).isEqualTo("a1");
        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2026-03-02T17:10:00Z"));
        assertThat(session.refreshToken()).isEqualTo("r1");
        assertThat(session.user().fullName()).isEqualTo("Ana Karen Flores Jiménez");
        assertThat(session.user().roles()).containsExactly("OFFICER");
        assertThat(requests.getFirst().body())
                .contains("\"username\":\"oficialia\"", "\"password\":\"secreto \\\"con\\\" comillas\"")
                .contains("mutation SignIn");
        assertThat(requests.getFirst().authorization()).isEmpty();
    }

    @Test
    void meSendsTheAccessTokenAndReadsNameRolesAndUnit() throws IOException {
        answer = """
                {"data":{"me":{"name":"oficialia","roles":["OFFICER"],"user":{"fullName":"Ana Karen Flores Jiménez"},
                "unit":{"code":"DCG","name":"Departamento de Control de Gestión y Oficialía de Partes"}}}}""";

        Me me = api().me("token-123");

        assertThat(me.fullName()).contains("Ana Karen Flores Jiménez");
        assertThat(me.unit()).contains(new Me.Unit("DCG", "Departamento de Control de Gestión y Oficialía de Partes"));
        assertThat(requests.getFirst().authorization()).contains("Bearer token-123");
    }

    @Test
    void aServiceAccountHasNoFullNameAndMayHaveNoUnit() throws IOException {
        answer = """
                {"data":{"me":{"name":"portal-tramites","roles":[],"user":null,"unit":null}}}""";

        Me me = api().me("token");

        assertThat(me.fullName()).isEmpty();
        assertThat(me.unit()).isEmpty();
    }

    @Test
    void signOutReportsWhetherASessionEnded() throws IOException {
        answer = """
                {"data":{"signOut":false}}""";

        assertThat(api().signOut("r-old")).isFalse();
        assertThat(requests.getFirst().body()).contains("\"refreshToken\":\"r-old\"");
    }

    @Test
    void anErrorCarriesItsExtensionsCodeAndTheMessageKeyForIt() throws IOException {
        answer = """
                {"errors":[{"message":"Wrong username or password","extensions":{"code":"UNAUTHENTICATED"}}],
                "data":null}""";

        assertThatThrownBy(() -> api().signIn("oficialia", "mala"))
                .isInstanceOfSatisfying(ApiException.class, error -> {
                    assertThat(error.code()).isEqualTo("UNAUTHENTICATED");
                    assertThat(error.messageKey()).isEqualTo("error.UNAUTHENTICATED");
                    assertThat(error.getMessage()).isEqualTo("Wrong username or password");
                });
    }

    @Test
    void anUnknownCodeGetsTheGeneralMessage() throws IOException {
        answer = """
                {"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""";

        assertThatThrownBy(() -> api().me("t"))
                .isInstanceOfSatisfying(ApiException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.UNKNOWN"));
    }

    @Test
    void anAnswerThatIsNotGraphQlIsUnavailable() throws IOException {
        answer = "<html>502 Bad Gateway</html>";

        assertThatThrownBy(() -> api().me("t"))
                .isInstanceOfSatisfying(ApiException.class,
                        error -> assertThat(error.code()).isEqualTo(ApiException.UNAVAILABLE));
    }

    @Test
    void aBackendThatIsDownIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        VentanillaApi api = VentanillaApi.create(URI.create("http://127.0.0.1:" + closedPort + "/graphql"));

        assertThatThrownBy(() -> api.signIn("oficialia", "x"))
                .isInstanceOfSatisfying(ApiException.class, error -> {
                    assertThat(error.code()).isEqualTo(ApiException.UNAVAILABLE);
                    assertThat(error.messageKey()).isEqualTo("error.UNAVAILABLE");
                });
    }

    private VentanillaApi api() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", this::respond);
        server.start();
        return VentanillaApi.create(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql"));
    }

    private void respond(HttpExchange exchange) throws IOException {
        requests.add(new Recorded(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))));
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Recorded(String body, Optional<String> authorization) {
    }
}
