package mx.ventanilla.signin;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;

/** The sign-in operations of the GraphQL API, as a client calls them. */
public final class SignInClient {

    static final String SESSION_FIELDS = "accessToken tokenType expiresAt refreshToken refreshExpiresAt "
            + "user { id username fullName roles unitId }";

    private final RunningVentanilla backend;

    public SignInClient(RunningVentanilla backend) {
        this.backend = backend;
    }

    public GraphQlResponse signIn(String username, String password) {
        return backend.graphQl("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { "
                + SESSION_FIELDS + " } }", Map.of("u", username, "p", password));
    }

    /** Signs in and returns the session, failing the test when sign-in fails. */
    public JsonNode session(String username, String password) {
        GraphQlResponse response = signIn(username, password);
        if (response.hasErrors()) {
            throw new AssertionError("Sign-in of " + username + " failed: " + response.body());
        }
        return response.data().path("signIn");
    }

    public GraphQlResponse refresh(String refreshToken) {
        return backend.graphQl("mutation($t: String!) { refreshSession(refreshToken: $t) { " + SESSION_FIELDS
                + " } }", Map.of("t", refreshToken));
    }

    public GraphQlResponse signOut(String refreshToken) {
        return backend.graphQl("mutation($t: String!) { signOut(refreshToken: $t) }", Map.of("t", refreshToken));
    }

    public GraphQlResponse revokeSessions(String userId, Optional<String> accessToken) {
        return backend.graphQl("mutation($id: ID!) { revokeSessions(userId: $id) }", Map.of("id", userId),
                accessToken);
    }

    public static String accessToken(JsonNode session) {
        return session.path("accessToken").asText();
    }

    public static String refreshToken(JsonNode session) {
        return session.path("refreshToken").asText();
    }

    /** The first error's message. */
    public static String message(GraphQlResponse response) {
        return response.body().path("errors").path(0).path("message").asText();
    }
}
