package mx.ventanilla.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity API as integration tests use it: one caller's view of a running backend. */
final class IdentityApi {

    static final String UNIT_FIELDS = "id code name kind active depth parent { code } ancestors { code }";
    static final String USER_FIELDS = "id username fullName email roles active version unit { code }";

    private final RunningVentanilla backend;
    private final Optional<String> token;

    private IdentityApi(RunningVentanilla backend, Optional<String> token) {
        this.backend = backend;
        this.token = token;
    }

    /** Calls as the stored user with this username. */
    static IdentityApi as(RunningVentanilla backend, String username) {
        return new IdentityApi(backend, Optional.of(backend.testTokenOf(username)));
    }

    static IdentityApi withToken(RunningVentanilla backend, String token) {
        return new IdentityApi(backend, Optional.of(token));
    }

    static IdentityApi anonymous(RunningVentanilla backend) {
        return new IdentityApi(backend, Optional.empty());
    }

    GraphQlResponse call(String document, Map<String, Object> variables) {
        return backend.graphQl(document, variables, token);
    }

    GraphQlResponse call(String document) {
        return call(document, Map.of());
    }

    /** Runs an operation that must succeed and returns its data. */
    JsonNode data(String document, Map<String, Object> variables) {
        GraphQlResponse response = call(document, variables);
        assertThat(response.hasErrors()).as("errors in %s", response.body()).isFalse();
        return response.data();
    }

    JsonNode createUnit(String code, String name, String kind, Optional<String> parentId) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("code", code, "name", name, "kind", kind));
        parentId.ifPresent(id -> input.put("parentId", id));
        return data("mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { " + UNIT_FIELDS + " } }",
                Map.of("input", input)).path("createOrgUnit");
    }

    JsonNode createUser(String username, String unitId, String... roles) {
        Map<String, Object> input = Map.of("username", username, "fullName", "Persona " + username,
                "email", username + "@ievs.example", "roles", List.of(roles), "unitId", unitId);
        return data("mutation($input: CreateUserInput!) { createUser(input: $input) { " + USER_FIELDS + " } }",
                Map.of("input", input)).path("createUser");
    }

    GraphQlResponse updateUnit(String id, Map<String, Object> input) {
        return call("mutation($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { "
                + UNIT_FIELDS + " } }", Map.of("id", id, "input", input));
    }

    GraphQlResponse updateUser(String id, Map<String, Object> input) {
        return call("mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { "
                + USER_FIELDS + " } }", Map.of("id", id, "input", input));
    }

    /** The id of a unit the caller can see, by code. */
    String unitId(String code) {
        JsonNode nodes = data("query($s: String) { orgUnits(first: 100, filter: {search: $s}) { nodes { id code } } }",
                Map.of("s", code)).path("orgUnits").path("nodes");
        for (JsonNode node : nodes) {
            if (node.path("code").asText().equals(code)) {
                return node.path("id").asText();
            }
        }
        throw new AssertionError("No visible unit " + code + " in " + nodes);
    }

    /** The id of a user the caller can see, by username. */
    String userId(String username) {
        return user(username).path("id").asText();
    }

    JsonNode user(String username) {
        JsonNode nodes = data("query($s: String) { users(first: 100, filter: {search: $s}) { nodes { "
                + USER_FIELDS + " } } }", Map.of("s", username)).path("users").path("nodes");
        for (JsonNode node : nodes) {
            if (node.path("username").asText().equals(username)) {
                return node;
            }
        }
        throw new AssertionError("No visible user " + username + " in " + nodes);
    }

    /** Every visible unit code, following the pages to the end. */
    List<String> allUnitCodes() {
        return allPages("orgUnits", "code");
    }

    /** Every visible username, following the pages to the end. */
    List<String> allUsernames() {
        return allPages("users", "username");
    }

    private List<String> allPages(String field, String key) {
        List<String> values = new ArrayList<>();
        Optional<String> after = Optional.empty();
        while (true) {
            Map<String, Object> variables = new LinkedHashMap<>();
            after.ifPresent(cursor -> variables.put("after", cursor));
            JsonNode page = data("query($after: String) { " + field + "(first: 7, after: $after) { nodes { " + key
                    + " } pageInfo { hasNextPage endCursor } } }", variables).path(field);
            page.path("nodes").forEach(node -> values.add(node.path(key).asText()));
            if (!page.path("pageInfo").path("hasNextPage").asBoolean()) {
                return values;
            }
            after = Optional.of(page.path("pageInfo").path("endCursor").asText());
        }
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    static String firstMessage(GraphQlResponse response) {
        return response.body().path("errors").path(0).path("message").asText();
    }
}
