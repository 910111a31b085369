package mx.ventanilla.pwa.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The API calls of the administration screens: the organisation tree, staff users and the CSV import, exactly as
 * {@code identity.graphqls} offers them. Every change needs the ADMIN role; the backend refuses anyone else.
 */
public final class AdminApi {

    private static final String UNIT_FIELDS = "id code name kind active depth parent { id }";
    private static final String USER_FIELDS = "id username fullName email roles active version unit { id code name }";
    private static final String TREE = "query Tree { orgTree(includeInactive: true) { " + UNIT_FIELDS + " } }";
    private static final String CREATE_UNIT = "mutation CreateUnit($input: CreateOrgUnitInput!) {"
            + " createOrgUnit(input: $input) { id } }";
    private static final String UPDATE_UNIT = "mutation UpdateUnit($id: ID!, $input: UpdateOrgUnitInput!) {"
            + " updateOrgUnit(id: $id, input: $input) { id } }";
    private static final String USERS = "query Users($first: Int, $after: String, $filter: UserFilter) {"
            + " users(first: $first, after: $after, filter: $filter) { nodes { " + USER_FIELDS + " }"
            + " pageInfo { hasNextPage endCursor } } }";
    private static final String CREATE_USER = "mutation CreateUser($input: CreateUserInput!) {"
            + " createUser(input: $input) { id } }";
    private static final String UPDATE_USER = "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {"
            + " updateUser(id: $id, input: $input) { id } }";
    private static final String PASSWORD = "mutation Password($id: ID!, $password: String!) {"
            + " setUserPassword(id: $id, password: $password) { id } }";
    private static final String IMPORT = "mutation Import($csv: String!, $dryRun: Boolean) {"
            + " importOrganisation(csv: $csv, dryRun: $dryRun) { applied dryRun unitsCreated usersCreated"
            + " rows { line key status messages } } }";
    /** Users per page of the list. */
    public static final int PAGE = 100;

    private final VentanillaApi api;

    public AdminApi(VentanillaApi api) {
        this.api = api;
    }

    /** The whole tree, inactive units included, depth first. */
    public List<Unit> tree(String token) {
        List<Unit> units = new ArrayList<>();
        api.call(TREE, Map.of(), token).path("orgTree").forEach(unit -> units.add(new Unit(unit.path("id").asText(),
                unit.path("code").asText(), unit.path("name").asText(), unit.path("kind").asText(),
                unit.path("active").asBoolean(), unit.path("depth").asInt(),
                text(unit.path("parent").path("id")))));
        return units;
    }

    public void createUnit(String token, String code, String name, String kind, Optional<String> parentId) {
        Map<String, Object> input = new HashMap<>();
        input.put("code", code);
        input.put("name", name);
        input.put("kind", kind);
        parentId.ifPresent(id -> input.put("parentId", id));
        api.call(CREATE_UNIT, Map.of("input", input), token);
    }

    public void renameUnit(String token, String id, String name) {
        api.call(UPDATE_UNIT, Map.of("id", id, "input", Map.of("name", name)), token);
    }

    public void setUnitActive(String token, String id, boolean active) {
        api.call(UPDATE_UNIT, Map.of("id", id, "input", Map.of("active", active)), token);
    }

    /** A page of the users matching the filter, by username. */
    public Paged<User> users(String token, UserFilter filter, Optional<String> after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", PAGE);
        variables.put("filter", filter.toVariables());
        after.ifPresent(cursor -> variables.put("after", cursor));
        JsonNode connection = api.call(USERS, variables, token).path("users");
        List<User> users = new ArrayList<>();
        connection.path("nodes").forEach(user -> users.add(user(user)));
        return new Paged<>(users, Paged.nextAfter(connection));
    }

    public void createUser(String token, String username, String fullName, String email, List<String> roles,
                           String unitId) {
        api.call(CREATE_USER, Map.of("input", Map.of("username", username, "fullName", fullName, "email", email,
                "roles", roles, "unitId", unitId)), token);
    }

    /** Changes roles and unit of the user as read at {@code version}; CONFLICT when it changed since. */
    public void updateRolesAndUnit(String token, User user, List<String> roles, String unitId) {
        api.call(UPDATE_USER, Map.of("id", user.id(), "input", Map.of("version", user.version(), "roles", roles,
                "unitId", unitId)), token);
    }

    public void setUserActive(String token, User user, boolean active) {
        api.call(UPDATE_USER, Map.of("id", user.id(), "input", Map.of("version", user.version(), "active", active)),
                token);
    }

    public void setPassword(String token, String userId, String password) {
        api.call(PASSWORD, Map.of("id", userId, "password", password), token);
    }

    /**
     * Checks ({@code dryRun}) or runs an import. A file with errors comes back as a report too: the API answers it
     * together with a BAD_USER_INPUT error, and nothing is imported.
     */
    public ImportReport importOrganisation(String token, String csv, boolean dryRun) {
        try {
            return report(api.call(IMPORT, Map.of("csv", csv, "dryRun", dryRun), token).path("importOrganisation"));
        } catch (ApiException refused) {
            JsonNode report = refused.data().map(data -> data.path("importOrganisation")).orElse(null);
            if (report == null || !report.isObject()) {
                throw refused;
            }
            return report(report);
        }
    }

    private static ImportReport report(JsonNode report) {
        List<ImportRow> rows = new ArrayList<>();
        report.path("rows").forEach(row -> {
            List<String> messages = new ArrayList<>();
            row.path("messages").forEach(message -> messages.add(message.asText()));
            rows.add(new ImportRow(row.path("line").asInt(), row.path("key").asText(""),
                    "OK".equals(row.path("status").asText()), messages));
        });
        return new ImportReport(report.path("applied").asBoolean(), report.path("dryRun").asBoolean(),
                report.path("unitsCreated").asInt(), report.path("usersCreated").asInt(), rows);
    }

    private static User user(JsonNode user) {
        List<String> roles = new ArrayList<>();
        user.path("roles").forEach(role -> roles.add(role.asText()));
        JsonNode unit = user.path("unit");
        return new User(user.path("id").asText(), user.path("username").asText(), user.path("fullName").asText(),
                user.path("email").asText(), roles, unit.path("id").asText(), unit.path("code").asText(),
                user.path("active").asBoolean(), user.path("version").asInt());
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** A unit of the tree; {@code depth} 0 for a root. */
    public record Unit(String id, String code, String name, String kind, boolean active, int depth,
                       Optional<String> parentId) {
    }

    /** A staff user as the administration lists it; {@code version} is sent back with every change. */
    public record User(String id, String username, String fullName, String email, List<String> roles, String unitId,
                       String unitCode, boolean active, int version) {

        public User {
            roles = List.copyOf(roles);
        }
    }

    /** The filters of the users list; empty parts do not filter. */
    public record UserFilter(Optional<String> search, Optional<String> unitId, Optional<String> role,
                             Optional<Boolean> active) {

        public static UserFilter none() {
            return new UserFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        Map<String, Object> toVariables() {
            Map<String, Object> filter = new HashMap<>();
            search.filter(text -> !text.isBlank()).ifPresent(text -> filter.put("search", text));
            unitId.ifPresent(id -> filter.put("unitId", id));
            role.ifPresent(value -> filter.put("role", value));
            active.ifPresent(value -> filter.put("active", value));
            return filter;
        }
    }

    /** What an import did or would do, row by row. */
    public record ImportReport(boolean applied, boolean dryRun, int unitsCreated, int usersCreated,
                               List<ImportRow> rows) {

        public ImportReport {
            rows = List.copyOf(rows);
        }

        public boolean hasErrors() {
            return rows.stream().anyMatch(row -> !row.ok());
        }
    }

    /** One line of an import's report: its physical line, unit code or username, and what is wrong with it. */
    public record ImportRow(int line, String key, boolean ok, List<String> messages) {

        public ImportRow {
            messages = List.copyOf(messages);
        }
    }
}
