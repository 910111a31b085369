package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.platform.web.AccessLog;
import mx.ventanilla.platform.web.RequestIds;
import mx.ventanilla.testing.CapturedLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint over HTTP with a test-only feature whose fields fail in every way: statuses for refused requests,
 * masking of unexpected failures, and log lines that carry the request id.
 */
class GraphQlServiceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger BOOKS_ADDED = new AtomicInteger();

    static WebServer server;

    @BeforeAll
    static void start() {
        LibraryTestModule library = new LibraryTestModule();
        GraphQlEngine engine = new GraphQlEngine(List.of(library), GraphQlLimits.defaults(), outcome -> {
            if (outcome.mutation().equals("addBook")) {
                BOOKS_ADDED.incrementAndGet();
            }
        });
        GraphQlHttpService service = new GraphQlHttpService(engine, GraphQlServiceIT::authenticate,
                GraphQlLimits.defaults());
        server = WebServer.builder()
                .host("127.0.0.1")
                .port(0)
                .routing(routing -> routing.addFilter(new RequestIds()).addFilter(new AccessLog())
                        .register("/graphql", service))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void anonymousRequestForAProtectedFieldIs401WithAChallenge() throws Exception {
        for (String accept : List.of("application/graphql-response+json", "application/json")) {
            HttpResponse<String> response = post("{ secret }", accept, Optional.empty(), "req-anon-0001");

            assertThat(response.statusCode()).as(accept).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(codes(response)).containsExactly("UNAUTHENTICATED");
        }
    }

    @Test
    void signedInCallerGetsTheProtectedField() throws Exception {
        HttpResponse<String> response = post("{ secret }", "application/graphql-response+json",
                Optional.of("Bearer officer"), "req-officer-01");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("data").path("secret").asText()).isEqualTo("officer1");
    }

    @Test
    void refusedPermissionIs403() throws Exception {
        HttpResponse<String> response = post("{ forbidden }", "application/graphql-response+json",
                Optional.of("Bearer officer"), "req-forbidden-1");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(codes(response)).containsExactly("FORBIDDEN");
    }

    @Test
    void unexpectedFailureIsInternalWithTheRequestIdAndLoggedWithIt() throws Exception {
        try (CapturedLog log = CapturedLog.ofRootLogger()) {
            HttpResponse<String> response = post("{ apiVersion broken }", "application/graphql-response+json",
                    Optional.empty(), "req-broken-0001");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("data").path("apiVersion").asText()).isEqualTo("1");
            assertThat(body.path("data").path("broken").isNull()).isTrue();
            JsonNode error = body.path("errors").path(0);
            assertThat(error.path("extensions").path("code").asText()).isEqualTo("INTERNAL");
            assertThat(error.path("message").asText()).contains("req-broken-0001");
            assertThat(response.body()).doesNotContain(LibraryTestModule.SECRET_DETAIL)
                    .doesNotContain("IllegalStateException").doesNotContain("\tat ");

            JsonNode logged = log.awaitEntry(entry -> entry.path("level").asText().equals("ERROR")
                    && entry.path("message").asText().contains("req-broken-0001"));
            assertThat(logged.path("requestId").asText()).isEqualTo("req-broken-0001");
            assertThat(logged.path("exception").asText()).contains("IllegalStateException")
                    .contains(LibraryTestModule.SECRET_DETAIL);
            JsonNode access = log.awaitEntry(entry -> entry.path("logger").asText().equals(AccessLog.LOGGER_NAME)
                    && entry.path("requestId").asText().equals("req-broken-0001"));
            assertThat(access.path("status").asInt()).isEqualTo(200);
        }
    }

    @Test
    void failureOutsideTheEngineIs500InternalWithoutDetails() throws Exception {
        try (CapturedLog log = CapturedLog.ofRootLogger()) {
            HttpResponse<String> response = post("{ apiVersion }", "application/json",
                    Optional.of("Bearer crash"), "req-crash-00001");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(codes(response)).containsExactly("INTERNAL");
            assertThat(response.body()).contains("req-crash-00001").doesNotContain("token store");
            JsonNode logged = log.awaitEntry(entry -> entry.path("exception").asText().contains("token store"));
            assertThat(logged.path("requestId").asText()).isEqualTo("req-crash-00001");
            assertThat(logged.path("level").asText()).isEqualTo("ERROR");
        }
    }

    @Test
    void invalidMutationChangesNothing() throws Exception {
        int before = BOOKS_ADDED.get();

        HttpResponse<String> wrongType = post("mutation { addBook(title: 5) { id } }",
                "application/graphql-response+json", Optional.of("Bearer officer"), "req-mutation-01");
        HttpResponse<String> missing = post("mutation { addBook { id } }",
                "application/graphql-response+json", Optional.of("Bearer officer"), "req-mutation-02");

        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(BOOKS_ADDED.get()).isEqualTo(before);
        HttpResponse<String> valid = post("mutation { addBook(title: \"Aura\") { title } }",
                "application/graphql-response+json", Optional.of("Bearer officer"), "req-mutation-03");
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(BOOKS_ADDED.get()).isEqualTo(before + 1);
    }

    private static Optional<Principal> authenticate(Optional<String> header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        return switch (header.get()) {
            case "Bearer officer" -> Optional.of(new Principal("u1", Principal.Kind.USER, "officer1",
                    Set.of(Role.OFFICER), "unit-1", Set.of()));
            case "Bearer crash" -> throw new IllegalStateException("token store unreachable");
            default -> throw new UnauthenticatedException("The access token is not valid.");
        };
    }

    private static HttpResponse<String> post(String document, String accept, Optional<String> authorization,
                                             String requestId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))));
        authorization.ifPresent(value -> request.header("Authorization", value));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> codes(HttpResponse<String> response) throws IOException {
        List<String> codes = new ArrayList<>();
        JSON.readTree(response.body()).path("errors")
                .forEach(error -> codes.add(error.path("extensions").path("code").asText()));
        return codes;
    }
}
