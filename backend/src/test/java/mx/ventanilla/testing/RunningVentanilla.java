package mx.ventanilla.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.event.CommandListener;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import mx.ventanilla.TestTokens;
import mx.ventanilla.Ventanilla;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.platform.graphql.GraphQlModule;
import org.bson.Document;

/**
 * A real Ventanilla backend for integration tests: started through the composition root on a free port, with the
 * embedded MongoDB-wire and S3 servers in a temporary data directory, spoken to over HTTP.
 */
public final class RunningVentanilla implements AutoCloseable {

    /** For tests that build their own organisation and must not meet the demo institute's codes and usernames. */
    public static final Map<String, String> WITHOUT_DEMO_DATA = Map.of("ventanilla.demo-data", "false");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration SCANS_TIMEOUT = Duration.ofSeconds(30);

    private final Ventanilla ventanilla;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningVentanilla(Ventanilla ventanilla) {
        this.ventanilla = ventanilla;
    }

    /** Starts a backend whose data lives in {@code dataDir}; {@code overrides} win over application.yaml. */
    public static RunningVentanilla start(Path dataDir, Map<String, String> overrides) {
        return new RunningVentanilla(Ventanilla.start(config(dataDir, overrides)));
    }

    /**
     * Like {@link #start(Path, Map)}, and the backend also accepts the test-only bearer tokens of {@link TestTokens}
     * ({@link #testTokenOf(String)} makes one for a stored user).
     */
    public static RunningVentanilla startWithTestTokens(Path dataDir, Map<String, String> overrides) {
        return new RunningVentanilla(TestTokens.start(config(dataDir, overrides)));
    }

    /**
     * Like {@link #startWithTestTokens(Path, Map)}, with listeners that see every command the backend's MongoDB client
     * sends (e.g. to count the reads a request costs).
     */
    public static RunningVentanilla startObserved(Path dataDir, Map<String, String> overrides,
                                                  List<CommandListener> listeners) {
        return new RunningVentanilla(TestTokens.startObserved(config(dataDir, overrides), listeners));
    }

    /**
     * Like {@link #start(Path, Map)}, with the test's own API modules added after the real ones and its own
     * authenticator in place of the real one.
     */
    public static RunningVentanilla start(Path dataDir, Map<String, String> overrides, List<GraphQlModule> modules,
                                         Authenticator authenticator) {
        return new RunningVentanilla(TestTokens.startWith(config(dataDir, overrides), modules, authenticator));
    }

    private static Config config(Path dataDir, Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("server.host", "127.0.0.1");
        settings.put("ventanilla.data-dir", dataDir.toString());
        settings.put("ventanilla.demo-data", "true");
        settings.putAll(overrides);
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml"))
                .build();
    }

    public static RunningVentanilla start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    public Ventanilla ventanilla() {
        return ventanilla;
    }

    /** A test-only bearer token for the stored user with this username (see {@link TestTokens}). */
    public String testTokenOf(String username) {
        Document user = ventanilla.mongo().database().getCollection("users")
                .find(new Document("username", username)).first();
        if (user == null) {
            throw new IllegalArgumentException("No stored user " + username);
        }
        return TestTokens.forUser(user.getString("_id"));
    }

    public URI uri(String path) {
        return ventanilla.baseUri().resolve(path);
    }

    /** POSTs a GraphQL operation as JSON, accepting the GraphQL response media type. */
    public GraphQlResponse graphQl(String document, Map<String, Object> variables, Optional<String> accessToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(body)));
        accessToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return GraphQlResponse.of(send(request.build()));
    }

    public GraphQlResponse graphQl(String document, Map<String, Object> variables) {
        return graphQl(document, variables, Optional.empty());
    }

    public GraphQlResponse graphQl(String document) {
        return graphQl(document, Map.of(), Optional.empty());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls the item until its scans are no longer PENDING (digitisation runs in the background) and returns its
     * {@code scans} with the given selection, which must include {@code status}. Fails after 30 seconds.
     */
    public JsonNode awaitScansDone(String correspondenceId, String accessToken, String scansSelection) {
        String query = "query($id: ID!) { correspondence(id: $id) { scans " + scansSelection + " } }";
        long deadline = System.nanoTime() + SCANS_TIMEOUT.toNanos();
        while (true) {
            GraphQlResponse response = graphQl(query, Map.of("id", correspondenceId), Optional.of(accessToken));
            JsonNode scans = response.data().path("correspondence").path("scans");
            if (!"PENDING".equals(scans.path("status").asText())) {
                return scans;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Scans of " + correspondenceId + " still PENDING after " + SCANS_TIMEOUT);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    @Override
    public void close() {
        ventanilla.close();
    }

    static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GraphQL response: HTTP status plus the parsed body. */
    public record GraphQlResponse(int status, JsonNode body, HttpResponse<String> raw) {

        static GraphQlResponse of(HttpResponse<String> response) {
            try {
                return new GraphQlResponse(response.statusCode(), MAPPER.readTree(response.body()), response);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + response.body(), e);
            }
        }

        public JsonNode data() {
            return body.path("data");
        }

        /** The {@code extensions.code} of the first error, or empty when there is none. */
        public Optional<String> errorCode() {
            JsonNode errors = body.path("errors");
            return errors.isArray() && !errors.isEmpty()
                    ? Optional.of(errors.get(0).path("extensions").path("code").asText())
                    : Optional.empty();
        }

        public boolean hasErrors() {
            return body.path("errors").isArray() && !body.path("errors").isEmpty();
        }
    }
}
