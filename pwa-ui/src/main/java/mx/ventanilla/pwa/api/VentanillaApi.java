package mx.ventanilla.pwa.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Typed calls to the GraphQL API over {@code java.net.http}: one POST per operation, errors turned into
 * {@link ApiException}s carrying the error's {@code extensions.code}. Thread-safe; one instance serves every user,
 * whose access token each call takes.
 */
public final class VentanillaApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String SESSION_FIELDS = """
            { accessToken expiresAt refreshToken refreshExpiresAt user { id username fullName roles unitId } }""";

    private final URI endpoint;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    private VentanillaApi(URI endpoint, HttpClient http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    /** A client of the GraphQL endpoint at {@code endpoint}, e.g. {@code http://localhost:8080/graphql}. */
    public static VentanillaApi create(URI endpoint) {
        return new VentanillaApi(endpoint, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Signs in; wrong credentials and locked-out accounts are an {@code UNAUTHENTICATED} {@link ApiException}. */
    public ApiSession signIn(String username, String password) {
        JsonNode data = execute("mutation SignIn($username: String!, $password: String!) { signIn("
                + "username: $username, password: $password) " + SESSION_FIELDS + " }",
                Map.of("username", username, "password", password), Optional.empty());
        return session(data.path("signIn"));
    }

    /** Exchanges a refresh token for the next session; the one sent stops working. */
    public ApiSession refreshSession(String refreshToken) {
        JsonNode data = execute("mutation Refresh($refreshToken: String!) { refreshSession("
                + "refreshToken: $refreshToken) " + SESSION_FIELDS + " }",
                Map.of("refreshToken", refreshToken), Optional.empty());
        return session(data.path("refreshSession"));
    }

    /** Ends the session the refresh token belongs to; false when it was unknown or had already ended. */
    public boolean signOut(String refreshToken) {
        JsonNode data = execute("mutation SignOut($refreshToken: String!) { signOut(refreshToken: $refreshToken) }",
                Map.of("refreshToken", refreshToken), Optional.empty());
        return data.path("signOut").asBoolean();
    }

    /** Who the bearer of {@code accessToken} is. */
    public Me me(String accessToken) {
        JsonNode me = execute("query Me { me { name roles user { fullName } unit { code name } } }", Map.of(),
                Optional.of(accessToken)).path("me");
        return new Me(me.path("name").asText(), text(me.path("user").path("fullName")), strings(me.path("roles")),
                unit(me.path("unit")));
    }

    /**
     * Runs any GraphQL operation as the bearer of {@code accessToken} and returns its {@code data}; the first GraphQL
     * error becomes an {@link ApiException} with its code. The typed clients of each screen build on this.
     */
    public JsonNode call(String document, Map<String, Object> variables, String accessToken) {
        return execute(document, variables, Optional.of(accessToken));
    }

    JsonNode execute(String document, Map<String, Object> variables, Optional<String> accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(document, variables), StandardCharsets.UTF_8));
        accessToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return data(send(request.build()));
    }

    private String body(String document, Map<String, Object> variables) {
        try {
            return json.writeValueAsString(Map.of("query", document, "variables", variables));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends a GraphQL request built by a typed client (a multipart upload, with its own body and timeout) and returns
     * its {@code data}, errors turned into {@link ApiException}s as for every other call.
     */
    JsonNode exchange(HttpRequest request) {
        return data(send(request));
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new ApiException(ApiException.UNAVAILABLE, "No answer from " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.UNAVAILABLE, "Interrupted while calling " + endpoint, e);
        }
    }

    private JsonNode data(JsonNode body) {
        JsonNode error = body.path("errors").path(0);
        if (!error.isMissingNode()) {
            JsonNode data = body.path("data");
            throw new ApiException(error.path("extensions").path("code").asText("UNKNOWN"),
                    error.path("message").asText(""), data.isObject() ? Optional.of(data) : Optional.empty());
        }
        if (!body.path("data").isObject()) {
            throw new ApiException(ApiException.UNAVAILABLE, "Not a GraphQL answer from " + endpoint);
        }
        return body.path("data");
    }

    private static ApiSession session(JsonNode session) {
        JsonNode user = session.path("user");
        return new ApiSession(session.path("accessToken").asText(),
                Instant.parse(session.path("expiresAt").asText()),
                session.path("refreshToken").asText(),
                Instant.parse(session.path("refreshExpiresAt").asText()),
                new ApiSession.SignedInUser(user.path("id").asText(), user.path("username").asText(),
                        user.path("fullName").asText(), strings(user.path("roles")), user.path("unitId").asText()));
    }

    private static Optional<Me.Unit> unit(JsonNode unit) {
        if (!unit.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Me.Unit(unit.path("code").asText(), unit.path("name").asText()));
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
