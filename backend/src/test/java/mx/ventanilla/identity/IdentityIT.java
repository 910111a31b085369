package mx.ventanilla.identity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.TestTokens;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.identity.IdentityApi.firstMessage;
import static mx.ventanilla.identity.IdentityApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity API over HTTP against one backend seeded with the demo institution: DG with SAF (DRH, DRF, DTI),
 * SJ (DCT), SV (DPV, DAC), DCG and the delegations DRT and DRX. Tests that change data create their own units and
 * users, so they do not disturb each other.
 */
class IdentityIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;
    static IdentityApi admin;
    static IdentityApi svManager;
    static IdentityApi auditor;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of());
        admin = IdentityApi.as(backend, "admin");
        svManager = IdentityApi.as(backend, "titular.sv");
        auditor = IdentityApi.as(backend, "auditor");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void meReturnsTheCallerWithItsUnitAndRoles() {
        JsonNode me = svManager.data("{ me { kind subjectId name roles scopes user { username fullName }"
                + " unit { code name } } }", Map.of()).path("me");

        assertThat(me.path("kind").asText()).isEqualTo("USER");
        assertThat(me.path("name").asText()).isEqualTo("titular.sv");
        assertThat(me.path("roles").toString()).isEqualTo("[\"MANAGER\"]");
        assertThat(me.path("user").path("fullName").asText()).isEqualTo("María Guadalupe Hernández López");
        assertThat(me.path("unit").path("code").asText()).isEqualTo("SV");
        assertThat(me.path("subjectId").asText()).isEqualTo(admin.userId("titular.sv"));
    }

    @Test
    void meOfAServiceAccountHasNoUser() {
        IdentityApi account = IdentityApi.withToken(backend, TestTokens.forServiceAccount(admin.unitId("SV")));

        JsonNode me = account.data("{ me { kind name roles scopes user { id } unit { code } } }", Map.of()).path("me");

        assertThat(me.path("kind").asText()).isEqualTo("SERVICE_ACCOUNT");
        assertThat(me.path("user").isNull()).isTrue();
        assertThat(me.path("roles")).isEmpty();
        assertThat(me.path("scopes").get(0).asText()).isEqualTo("identity:read");
        assertThat(me.path("unit").path("code").asText()).isEqualTo("SV");
    }

    @Test
    void anonymousCallersAreUnauthenticatedForEveryIdentityQuery() {
        IdentityApi anonymous = IdentityApi.anonymous(backend);

        GraphQlResponse me = anonymous.call("{ me { name } }");
        GraphQlResponse users = anonymous.call("{ users { nodes { username } } }");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.errorCode()).contains("UNAUTHENTICATED");
        assertThat(users.errorCode()).contains("UNAUTHENTICATED");
    }

    @Test
    void adminCreatesUnitsAndUsersAndTheUnitsManagerSeesThem() {
        String code = code("AC");
        JsonNode unit = admin.createUnit(code.toLowerCase(), "  Departamento de Vivienda Rural ", "DEPARTMENT",
                Optional.of(admin.unitId("SV")));
        JsonNode user = admin.createUser(username("rural"), unit.path("id").asText(), "OFFICER", "AGENT");

        assertThat(unit.path("code").asText()).isEqualTo(code);
        assertThat(unit.path("name").asText()).isEqualTo("Departamento de Vivienda Rural");
        assertThat(unit.path("depth").asInt()).isEqualTo(2);
        assertThat(texts(unit.path("ancestors"), "code")).containsExactly("DG", "SV");
        assertThat(user.path("version").asInt()).isEqualTo(1);
        assertThat(user.path("active").asBoolean()).isTrue();
        assertThat(user.path("unit").path("code").asText()).isEqualTo(code);
        assertThat(svManager.allUnitCodes()).contains(code);
        assertThat(svManager.user(user.path("username").asText()).path("id").asText())
                .isEqualTo(user.path("id").asText());
    }

    @Test
    void managerOfOneSubdirectionCannotSeeAnotherSubdirectionsUnitsOrUsers() {
        String safId = admin.unitId("SAF");
        String technicianId = admin.userId("tecnico");

        assertThat(svManager.allUnitCodes()).contains("SV", "DPV", "DAC")
                .doesNotContain("DG", "SAF", "DRH", "DTI", "SJ", "DRT");
        assertThat(svManager.allUsernames()).contains("titular.sv", "jefe.dpv", "agente")
                .doesNotContain("admin", "tecnico", "titular.saf", "director", "auditor");
        GraphQlResponse otherUser = svManager.call("query($id: ID!) { user(id: $id) { username } }",
                Map.of("id", technicianId));
        GraphQlResponse otherUnit = svManager.call("query($id: ID!) { orgUnit(id: $id) { code } }",
                Map.of("id", safId));
        assertThat(otherUser.errorCode()).contains("NOT_FOUND");
        assertThat(otherUser.data().path("user").isNull()).isTrue();
        assertThat(firstMessage(otherUser)).isEqualTo("No user with id " + technicianId + ".");
        assertThat(otherUnit.errorCode()).contains("NOT_FOUND");
        assertThat(svManager.data("query($id: ID) { orgUnits(filter: {parentId: $id}) { nodes { code } }"
                + " users(filter: {unitId: $id, includeSubunits: true}) { nodes { username } } }",
                Map.of("id", safId)).toString()).doesNotContain("DRH", "tecnico", "titular.saf");
    }

    @Test
    void managerSeesItsUnitAsTheRootOfItsTreeWithoutItsParent() {
        JsonNode tree = svManager.data("{ orgTree { code depth parent { code } ancestors { code }"
                + " children { code } } }", Map.of()).path("orgTree");

        assertThat(tree.get(0).path("code").asText()).isEqualTo("SV");
        assertThat(tree.get(0).path("parent").isNull()).isTrue();
        assertThat(tree.get(0).path("ancestors")).isEmpty();
        assertThat(texts(tree, "code")).contains("DAC", "DPV").doesNotContain("DG", "SAF");
        assertThat(texts(tree.get(0).path("children"), "code")).contains("DAC", "DPV");
    }

    @Test
    void adminsTreeIsDepthFirstFromTheRoot() {
        JsonNode tree = admin.data("{ orgTree { code depth } }", Map.of()).path("orgTree");
        List<String> codes = texts(tree, "code");

        assertThat(codes.getFirst()).isEqualTo("DG");
        assertThat(codes.indexOf("DRH")).isGreaterThan(codes.indexOf("SAF")).isLessThan(codes.indexOf("SJ"));
        assertThat(codes.indexOf("DCT")).isEqualTo(codes.indexOf("SJ") + 1);
        assertThat(tree.get(codes.indexOf("DTI")).path("depth").asInt()).isEqualTo(2);
    }

    @Test
    void managerCannotCreateOrChangeAnythingEvenInItsOwnUnit() {
        String code = code("MG");
        String svId = admin.unitId("SV");
        JsonNode subordinate = admin.user("jefe.dpv");

        GraphQlResponse create = svManager.call("mutation($p: ID) { createOrgUnit(input: {code: \"" + code
                + "\", name: \"Nueva\", kind: DEPARTMENT, parentId: $p}) { id } }", Map.of("p", svId));
        GraphQlResponse rename = svManager.updateUnit(svId, Map.of("name", "Otra"));
        GraphQlResponse promote = svManager.updateUser(subordinate.path("id").asText(),
                Map.of("version", subordinate.path("version").asInt(), "roles", List.of("ADMIN")));
        GraphQlResponse password = svManager.call("mutation($id: ID!) { setUserPassword(id: $id,"
                + " password: \"Otra-Clave-Segura-2026\") { id } }", Map.of("id", subordinate.path("id").asText()));
        GraphQlResponse importing = svManager.call("mutation { importOrganisation(csv: \"type,code,name,kind\\n"
                + "unit," + code + ",X,DEPARTMENT\") { applied } }");

        for (GraphQlResponse response : List.of(create, rename, promote, password, importing)) {
            assertThat(response.errorCode()).as(response.body().toString()).contains("FORBIDDEN");
            assertThat(response.status()).isEqualTo(403);
        }
        assertThat(admin.allUnitCodes()).doesNotContain(code);
        assertThat(admin.unitId("SV")).isEqualTo(svId);
        assertThat(admin.user("jefe.dpv")).isEqualTo(subordinate);
    }

    @Test
    void auditorReadsEverythingButEveryMutationIsForbidden() {
        JsonNode technician = auditor.user("tecnico");
        String dgId = auditor.unitId("DG");

        assertThat(auditor.allUnitCodes()).isEqualTo(admin.allUnitCodes());
        assertThat(auditor.allUsernames()).isEqualTo(admin.allUsernames());
        List<GraphQlResponse> mutations = List.of(
                auditor.call("mutation { createOrgUnit(input: {code: \"" + code("AU")
                        + "\", name: \"X\", kind: DIRECTION}) { id } }"),
                auditor.updateUnit(dgId, Map.of("name", "Otra")),
                auditor.call("mutation($u: ID!) { createUser(input: {username: \"" + username("aud")
                        + "\", fullName: \"X\", email: \"x@ievs.example\", roles: [AGENT], unitId: $u}) { id } }",
                        Map.of("u", dgId)),
                auditor.updateUser(technician.path("id").asText(), Map.of("version",
                        technician.path("version").asInt(), "active", false)),
                auditor.call("mutation($id: ID!) { setUserPassword(id: $id, password: \"Otra-Clave-Segura-2026\")"
                        + " { id } }", Map.of("id", technician.path("id").asText())),
                auditor.call("mutation { importOrganisation(csv: \"type,code,name,kind\\nunit,AUX,X,DIRECTION\")"
                        + " { applied } }"));

        for (GraphQlResponse response : mutations) {
            assertThat(response.errorCode()).as(response.body().toString()).contains("FORBIDDEN");
            assertThat(firstMessage(response)).contains("read-only");
        }
        assertThat(admin.user("tecnico")).isEqualTo(technician);
    }

    @Test
    void updatingAUserWithAStaleVersionIsAConflictAndChangesNothing() {
        String unitId = admin.unitId("DRH");
        JsonNode created = admin.createUser(username("stale"), unitId, "OFFICER");
        String id = created.path("id").asText();

        GraphQlResponse first = admin.updateUser(id, Map.of("version", 1, "fullName", "Primera Edición",
                "roles", List.of("OFFICER", "MANAGER")));
        GraphQlResponse second = admin.updateUser(id, Map.of("version", 1, "fullName", "Segunda Edición"));

        assertThat(first.data().path("updateUser").path("version").asInt()).isEqualTo(2);
        assertThat(second.errorCode()).contains("CONFLICT");
        assertThat(firstMessage(second)).contains("changed by someone else", "version 2");
        JsonNode stored = admin.user(created.path("username").asText());
        assertThat(stored.path("fullName").asText()).isEqualTo("Primera Edición");
        assertThat(stored.path("version").asInt()).isEqualTo(2);
    }

    @Test
    void weakPasswordsAreRefusedWithEveryReasonAndAStrongOneBumpsTheVersion() {
        JsonNode user = admin.createUser(username("clave"), admin.unitId("DRF"), "AGENT");
        String document = "mutation($id: ID!, $p: String!) { setUserPassword(id: $id, password: $p) { version } }";

        GraphQlResponse weak = admin.call(document, Map.of("id", user.path("id").asText(), "p", "corta"));
        GraphQlResponse strong = admin.call(document, Map.of("id", user.path("id").asText(),
                "p", "Caballo-Correcto-Bateria-9"));

        assertThat(weak.errorCode()).contains("BAD_USER_INPUT");
        JsonNode error = weak.body().path("errors").get(0);
        assertThat(error.path("extensions").path("field").asText()).isEqualTo("password");
        assertThat(error.path("message").asText()).contains("at least 12 characters", "mix at least 3");
        assertThat(error.path("extensions").path("problems")).hasSize(2);
        assertThat(strong.data().path("setUserPassword").path("version").asInt()).isEqualTo(2);
        assertThat(backend.ventanilla().mongo().database().getCollection("users")
                .find(new Document("_id", user.path("id").asText())).first().getString("passwordHash"))
                .startsWith("$argon2id$");
    }

    @Test
    void movingAUnitMovesItsSubtreeAndItsMembersVisibility() {
        JsonNode branch = admin.createUnit(code("MV"), "Unidad Móvil", "DEPARTMENT",
                Optional.of(admin.unitId("SJ")));
        JsonNode leaf = admin.createUnit(code("ML"), "Oficina Móvil", "DEPARTMENT",
                Optional.of(branch.path("id").asText()));
        JsonNode member = admin.createUser(username("movil"), leaf.path("id").asText(), "OFFICER");
        assertThat(svManager.allUnitCodes()).doesNotContain(leaf.path("code").asText());

        GraphQlResponse moved = admin.updateUnit(branch.path("id").asText(),
                Map.of("parentId", admin.unitId("SV")));

        assertThat(moved.data().path("updateOrgUnit").path("parent").path("code").asText()).isEqualTo("SV");
        JsonNode leafNow = svManager.data("query($id: ID!) { orgUnit(id: $id) { ancestors { code } depth } }",
                Map.of("id", leaf.path("id").asText())).path("orgUnit");
        assertThat(texts(leafNow.path("ancestors"), "code"))
                .containsExactly("SV", branch.path("code").asText());
        assertThat(leafNow.path("depth").asInt()).isEqualTo(3);
        assertThat(svManager.allUsernames()).contains(member.path("username").asText());
        assertThat(IdentityApi.as(backend, "titular.sj").allUnitCodes())
                .doesNotContain(branch.path("code").asText(), leaf.path("code").asText());
        assertThat(backend.ventanilla().mongo().database().getCollection("users")
                .find(new Document("_id", member.path("id").asText())).first()
                .getList("unitPath", String.class))
                .containsExactly(admin.unitId("DG"), admin.unitId("SV"), branch.path("id").asText(),
                        leaf.path("id").asText());
    }

    @Test
    void aUnitCannotMoveBelowItselfOrItsDescendants() {
        JsonNode top = admin.createUnit(code("CY"), "Ciclo Arriba", "SUBDIRECTION", Optional.of(admin.unitId("DG")));
        JsonNode below = admin.createUnit(code("CZ"), "Ciclo Abajo", "DEPARTMENT",
                Optional.of(top.path("id").asText()));

        GraphQlResponse intoChild = admin.updateUnit(top.path("id").asText(),
                Map.of("parentId", below.path("id").asText()));
        GraphQlResponse intoItself = admin.updateUnit(top.path("id").asText(),
                Map.of("parentId", top.path("id").asText()));

        assertThat(intoChild.errorCode()).contains("BAD_USER_INPUT");
        assertThat(firstMessage(intoChild)).contains("would make a cycle");
        assertThat(intoItself.errorCode()).contains("BAD_USER_INPUT");
        assertThat(firstMessage(intoItself)).isEqualTo("A unit cannot be its own parent.");
        assertThat(admin.data("query($id: ID!) { orgUnit(id: $id) { parent { code } } }",
                Map.of("id", top.path("id").asText())).path("orgUnit").path("parent").path("code").asText())
                .isEqualTo("DG");
    }

    @Test
    void aUnitWithActiveMembersCannotBeDeactivatedUntilTheyAre() {
        JsonNode unit = admin.createUnit(code("DE"), "Unidad por Cerrar", "DEPARTMENT",
                Optional.of(admin.unitId("SAF")));
        JsonNode member = admin.createUser(username("cierre"), unit.path("id").asText(), "AGENT");

        GraphQlResponse refused = admin.updateUnit(unit.path("id").asText(), Map.of("active", false));
        admin.updateUser(member.path("id").asText(), Map.of("version", 1, "active", false));
        GraphQlResponse deactivated = admin.updateUnit(unit.path("id").asText(), Map.of("active", false));
        GraphQlResponse childOfInactive = admin.call("mutation($p: ID) { createOrgUnit(input: {code: \""
                + code("DF") + "\", name: \"Hija\", kind: DEPARTMENT, parentId: $p}) { id } }",
                Map.of("p", unit.path("id").asText()));

        assertThat(refused.errorCode()).contains("BAD_USER_INPUT");
        assertThat(firstMessage(refused)).contains("still has 1 active users");
        assertThat(deactivated.data().path("updateOrgUnit").path("active").asBoolean()).isFalse();
        assertThat(childOfInactive.errorCode()).contains("BAD_USER_INPUT");
        assertThat(firstMessage(childOfInactive)).contains("is inactive");
    }

    @Test
    void duplicateCodesUsernamesAndEmailsAreConflicts() {
        GraphQlResponse code = admin.call("mutation { createOrgUnit(input: {code: \"sv\", name: \"Otra\","
                + " kind: DIRECTION}) { id } }");
        GraphQlResponse name = admin.call("mutation($u: ID!) { createUser(input: {username: \"Admin\","
                + " fullName: \"Otra\", email: \"nueva@ievs.example\", roles: [AGENT], unitId: $u}) { id } }",
                Map.of("u", admin.unitId("DG")));
        GraphQlResponse email = admin.call("mutation($u: ID!) { createUser(input: {username: \"" + username("dup")
                + "\", fullName: \"Otra\", email: \"LAURA.MENDOZA@ievs.example\", roles: [AGENT], unitId: $u})"
                + " { id } }", Map.of("u", admin.unitId("DG")));

        assertThat(code.errorCode()).contains("CONFLICT");
        assertThat(firstMessage(code)).isEqualTo("A unit with code SV already exists; choose another code.");
        assertThat(name.errorCode()).contains("CONFLICT");
        assertThat(email.errorCode()).contains("CONFLICT");
        assertThat(firstMessage(email)).contains("laura.mendoza@ievs.example");
    }

    @Test
    void invalidUserInputNamesEveryProblemAndCreatesNothing() {
        GraphQlResponse response = admin.call("mutation($u: ID!) { createUser(input: {username: \"x\","
                + " fullName: \" \", email: \"no-es-correo\", roles: [], unitId: $u}) { id } }",
                Map.of("u", "no-such-unit"));

        assertThat(response.errorCode()).contains("BAD_USER_INPUT");
        JsonNode problems = response.body().path("errors").get(0).path("extensions").path("problems");
        assertThat(texts(problems, "field")).containsExactly("username", "fullName", "email", "roles", "unitId");
        assertThat(admin.allUsernames()).doesNotContain("x");
    }

    @Test
    void administratorsCannotLockThemselvesOut() {
        JsonNode self = admin.user("admin");

        GraphQlResponse response = admin.updateUser(self.path("id").asText(), Map.of(
                "version", self.path("version").asInt(), "active", false, "roles", List.of("MANAGER")));

        assertThat(response.errorCode()).contains("BAD_USER_INPUT");
        assertThat(firstMessage(response)).contains("cannot deactivate your own account",
                "cannot remove your own ADMIN role");
        assertThat(admin.user("admin")).isEqualTo(self);
    }

    @Test
    void operatorsSmuggledIntoStringsFindNothingAndCreateNothing() {
        String operator = "{\"$gt\": \"\"}";
        Map<String, Object> asObject = Map.of("$gt", "");

        GraphQlResponse searchAsObject = admin.call(
                "query($s: String) { users(filter: {search: $s}) { nodes { id } } }", Map.of("s", asObject));
        GraphQlResponse idAsObject = admin.call("query($id: ID!) { user(id: $id) { id } }", Map.of("id", asObject));
        JsonNode searchAsText = admin.data("query($s: String) { users(filter: {search: $s}) { nodes { id } }"
                + " orgUnits(filter: {search: $s}) { nodes { id } } }", Map.of("s", operator));
        JsonNode pattern = admin.data("{ users(filter: {search: \".*\"}) { nodes { id } } }", Map.of());
        GraphQlResponse idAsText = admin.call("query($id: ID!) { user(id: $id) { id } }", Map.of("id", operator));
        GraphQlResponse unitAsText = admin.call("query($u: ID) { users(filter: {unitId: $u}) { nodes { id } } }",
                Map.of("u", operator));
        GraphQlResponse usernameAsText = admin.call("mutation($n: String!, $u: ID!) { createUser(input: {username: $n,"
                + " fullName: \"Inyección\", email: \"inyeccion@ievs.example\", roles: [AGENT], unitId: $u}) { id } }",
                Map.of("n", operator, "u", admin.unitId("DG")));
        GraphQlResponse unitAsObject = admin.call("mutation($u: ID!) { createUser(input: {username: \""
                + username("obj") + "\", fullName: \"Inyección\", email: \"inyeccion@ievs.example\", roles: [AGENT],"
                + " unitId: $u}) { id } }", Map.of("u", Map.of("$ne", "")));
        GraphQlResponse usernameAsObject = admin.call("mutation($input: CreateUserInput!) { createUser(input: $input)"
                + " { id } }", Map.of("input", Map.of("username", asObject, "fullName", "Inyección",
                "email", "inyeccion@ievs.example", "roles", List.of("AGENT"), "unitId", admin.unitId("DG"))));

        assertThat(searchAsObject.errorCode()).contains("BAD_USER_INPUT");
        assertThat(firstMessage(searchAsObject)).contains("Expected a String");
        assertThat(idAsObject.errorCode()).as("graphql-java turns any value into an ID string").contains("NOT_FOUND");
        assertThat(searchAsText.path("users").path("nodes")).isEmpty();
        assertThat(searchAsText.path("orgUnits").path("nodes")).isEmpty();
        assertThat(pattern.path("users").path("nodes")).isEmpty();
        assertThat(idAsText.errorCode()).contains("NOT_FOUND");
        assertThat(unitAsText.data().path("users").path("nodes")).isEmpty();
        assertThat(usernameAsText.errorCode()).contains("BAD_USER_INPUT");
        assertThat(firstMessage(usernameAsText)).contains("The username '{\"$gt\": \"\"}' is invalid");
        assertThat(usernameAsObject.errorCode()).contains("BAD_USER_INPUT");
        assertThat(unitAsObject.errorCode()).contains("BAD_USER_INPUT");
        assertThat(firstMessage(unitAsObject)).contains("does not exist");
        assertThat(backend.ventanilla().mongo().database().getCollection("users")
                .countDocuments(new Document("email", "inyeccion@ievs.example"))).isZero();
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<String> paged = admin.allUsernames();
        JsonNode all = admin.data("{ users(first: 100) { edges { cursor node { username } } } }", Map.of())
                .path("users").path("edges");
        GraphQlResponse tooMany = admin.call("{ users(first: 101) { nodes { id } } }");
        GraphQlResponse badCursor = admin.call("{ users(after: \"%%%\") { nodes { id } } }");

        assertThat(paged).hasSizeGreaterThan(7).doesNotHaveDuplicates().isSorted();
        assertThat(paged).isEqualTo(all.findValuesAsText("username"));
        assertThat(tooMany.errorCode()).contains("BAD_USER_INPUT");
        assertThat(badCursor.errorCode()).contains("BAD_USER_INPUT");
    }

    @Test
    void usersCanBeFilteredByUnitRoleActivityAndAccentInsensitiveText() {
        String svId = admin.unitId("SV");

        JsonNode filtered = admin.data("query($u: ID) { direct: users(filter: {unitId: $u}) { nodes { username } }"
                + " subtree: users(filter: {unitId: $u, includeSubunits: true}) { nodes { username } }"
                + " managers: users(filter: {role: MANAGER, search: \"HERNANDEZ\"}) { nodes { username } }"
                + " inactive: users(filter: {active: false, search: \"guadalupe\"}) { nodes { username } }"
                + " departments: orgUnits(filter: {parentId: $u, kind: DEPARTMENT}) { nodes { code } }"
                + " accents: orgUnits(filter: {search: \"juridica\"}) { nodes { code } } }",
                Map.of("u", svId));

        assertThat(filtered.path("direct").path("nodes").findValuesAsText("username")).containsExactly("titular.sv");
        assertThat(filtered.path("subtree").path("nodes").findValuesAsText("username"))
                .contains("titular.sv", "jefe.dpv", "agente");
        assertThat(filtered.path("managers").path("nodes").findValuesAsText("username"))
                .containsExactly("titular.sv");
        assertThat(filtered.path("inactive").path("nodes")).isEmpty();
        assertThat(filtered.path("departments").path("nodes").findValuesAsText("code")).contains("DAC", "DPV");
        assertThat(filtered.path("accents").path("nodes").findValuesAsText("code")).containsExactly("SJ");
    }

    private static String code(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    private static String username(String prefix) {
        return prefix + ".prueba" + SEQUENCE.incrementAndGet();
    }
}
