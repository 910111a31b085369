package mx.ventanilla.identity;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static mx.ventanilla.identity.IdentityApi.firstMessage;
import static mx.ventanilla.identity.IdentityApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Bulk import of units and users from CSV over HTTP, on a backend seeded with the demo institution. */
class OrganisationImportIT {

    private static final String IMPORT = "mutation($csv: String!, $dryRun: Boolean) {"
            + " importOrganisation(csv: $csv, dryRun: $dryRun) { applied dryRun unitsCreated usersCreated"
            + " rows { line key status messages } } }";
    private static final String HEADER = "type,code,name,kind,parent,username,email,roles,unit\n";

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;
    static IdentityApi admin;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of());
        admin = IdentityApi.as(backend, "admin");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void goodFileImportsUnitsParentsFirstAndUsersWithTheirUnitPaths() {
        String csv = "\uFEFF" + HEADER
                + "unit,DVM,\"Departamento de Vivienda Media, Zona Norte\",DEPARTMENT,SVM,,,,\n"
                + "user,,Fernanda Ibarra Solís,,,fibarra,Fernanda.Ibarra@ievs.example,MANAGER,SVM\n"
                + "unit,SVM,Subdirección de Vivienda Media,SUBDIRECTION,DG,,,,\n"
                + "user,,Óscar Delgado Núñez,,,odelgado,oscar.delgado@ievs.example,OFFICER|AGENT,DVM\n";

        GraphQlResponse response = admin.call(IMPORT, Map.of("csv", csv));

        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        JsonNode report = response.data().path("importOrganisation");
        assertThat(report.path("applied").asBoolean()).isTrue();
        assertThat(report.path("unitsCreated").asInt()).isEqualTo(2);
        assertThat(report.path("usersCreated").asInt()).isEqualTo(2);
        assertThat(texts(report.path("rows"), "status")).containsOnly("OK");
        assertThat(texts(report.path("rows"), "key")).containsExactly("DVM", "fibarra", "SVM", "odelgado");
        JsonNode department = admin.data("query($id: ID!) { orgUnit(id: $id) { name ancestors { code } } }",
                Map.of("id", admin.unitId("DVM"))).path("orgUnit");
        assertThat(department.path("name").asText()).isEqualTo("Departamento de Vivienda Media, Zona Norte");
        assertThat(texts(department.path("ancestors"), "code")).containsExactly("DG", "SVM");
        IdentityApi importedManager = IdentityApi.as(backend, "fibarra");
        assertThat(importedManager.allUnitCodes()).containsExactlyInAnyOrder("SVM", "DVM");
        assertThat(importedManager.allUsernames()).containsExactlyInAnyOrder("fibarra", "odelgado");
        Document stored = database().getCollection("users").find(new Document("username", "odelgado")).first();
        assertThat(stored.getString("email")).isEqualTo("oscar.delgado@ievs.example");
        assertThat(stored.getString("passwordHash")).isNull();
        assertThat(stored.getList("unitPath", String.class))
                .containsExactly(admin.unitId("DG"), admin.unitId("SVM"), admin.unitId("DVM"));
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("one broken row", 3, "Unknown kind 'OFICINA'",
                        "unit,IMA,Importada A,DEPARTMENT,DG,,,,\nunit,IMB,Importada B,OFICINA,IMA,,,,\n"),
                Arguments.of("duplicate codes", 3, "also used on line 2",
                        "unit,IMC,Importada C,DEPARTMENT,DG,,,,\nunit,imc,Otra C,DEPARTMENT,DG,,,,\n"),
                Arguments.of("existing code", 2, "A unit with code SAF already exists.",
                        "unit,SAF,Otra SAF,SUBDIRECTION,DG,,,,\nunit,IMD,Importada D,DEPARTMENT,DG,,,,\n"),
                Arguments.of("unknown parent", 2, "Unknown parent unit code NOPE",
                        "unit,IME,Importada E,DEPARTMENT,NOPE,,,,\n"),
                Arguments.of("cycle", 2, "The parents of units IMF → IMG → IMF form a cycle",
                        "unit,IMF,Importada F,DEPARTMENT,IMG,,,,\nunit,IMG,Importada G,DEPARTMENT,IMF,,,,\n"),
                Arguments.of("unclosed quote", 3, "never closed",
                        "unit,IMH,Importada H,DEPARTMENT,DG,,,,\nunit,IMI,\"Importada I,DEPARTMENT,DG,,,,\n"),
                Arguments.of("operator as username", 2, "The username '{\"$gt\": \"\"}' is invalid",
                        "user,,Inyección,,,\"{\"\"$gt\"\": \"\"\"\"}\",iny@ievs.example,AGENT,DG\n"),
                Arguments.of("operator as unit", 2, "Unit: The unit code '{\"$NE\": NULL}' is invalid",
                        "user,,Inyección,,,inyeccion,iny@ievs.example,AGENT,\"{\"\"$ne\"\": null}\"\n"),
                Arguments.of("taken username", 3, "The username admin already belongs to a user.",
                        "unit,IMJ,Importada J,DEPARTMENT,DG,,,,\n"
                                + "user,,Otra Admin,,,admin,otra@ievs.example,ADMIN,IMJ\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void fileWithABrokenRowImportsNothingAndReportsTheRow(String problem, int line, String message, String rows) {
        long units = database().getCollection("org_units").countDocuments();
        long users = database().getCollection("users").countDocuments();

        GraphQlResponse response = admin.call(IMPORT, Map.of("csv", HEADER + rows));

        assertThat(response.errorCode()).as(response.body().toString()).contains("BAD_USER_INPUT");
        assertThat(firstMessage(response)).contains("nothing was imported");
        JsonNode report = response.data().path("importOrganisation");
        assertThat(report.path("applied").asBoolean()).isFalse();
        assertThat(report.path("unitsCreated").asInt()).isZero();
        JsonNode broken = report.path("rows").findParents("status").stream()
                .filter(row -> row.path("status").asText().equals("ERROR")).findFirst().orElseThrow();
        assertThat(broken.path("line").asInt()).isEqualTo(line);
        assertThat(broken.path("messages").toString()).contains(message.replace("\"", "\\\""));
        assertThat(database().getCollection("org_units").countDocuments()).isEqualTo(units);
        assertThat(database().getCollection("users").countDocuments()).isEqualTo(users);
    }

    @Test
    void dryRunChecksAGoodFileAndWritesNothing() {
        GraphQlResponse response = admin.call(IMPORT, Map.of("dryRun", true, "csv", HEADER
                + "unit,DRY,Unidad de Prueba,DEPARTMENT,DG,,,,\n"
                + "user,,Prueba Seca,,,prueba.seca,seca@ievs.example,AGENT,DRY\n"));

        JsonNode report = response.data().path("importOrganisation");
        assertThat(response.hasErrors()).isFalse();
        assertThat(report.path("dryRun").asBoolean()).isTrue();
        assertThat(report.path("applied").asBoolean()).isFalse();
        assertThat(report.path("unitsCreated").asInt()).isEqualTo(1);
        assertThat(report.path("usersCreated").asInt()).isEqualTo(1);
        assertThat(database().getCollection("org_units").countDocuments(new Document("code", "DRY"))).isZero();
        assertThat(database().getCollection("users").countDocuments(new Document("username", "prueba.seca")))
                .isZero();
    }

    @Test
    void filesBeyondTheRowLimitOrWithoutRowsAreRefusedWithAClearError() {
        String big = HEADER + "unit,BIG,Unidad,DEPARTMENT,DG,,,,\n".repeat(5_001);

        GraphQlResponse tooBig = admin.call(IMPORT, Map.of("csv", big));
        GraphQlResponse empty = admin.call(IMPORT, Map.of("csv", ""));
        GraphQlResponse headerOnly = admin.call(IMPORT, Map.of("csv", HEADER));

        assertThat(tooBig.errorCode()).contains("BAD_USER_INPUT");
        assertThat(firstMessage(tooBig)).isEqualTo("The file has more than 5000 rows; split it into several files"
                + " and import them parents first.");
        assertThat(tooBig.body().path("errors").get(0).path("extensions").path("field").asText()).isEqualTo("csv");
        assertThat(firstMessage(empty)).contains("The file is empty");
        assertThat(firstMessage(headerOnly)).contains("no rows");
        assertThat(database().getCollection("org_units").countDocuments(new Document("code", "BIG"))).isZero();
    }

    @Test
    void headerMistakesAreReportedOnLineOne() {
        GraphQlResponse response = admin.call(IMPORT, Map.of("csv", "tipo,code,name,kind\nunit,HDR,X,DEPARTMENT\n"));

        JsonNode row = response.data().path("importOrganisation").path("rows").get(0);
        assertThat(response.errorCode()).contains("BAD_USER_INPUT");
        assertThat(row.path("line").asInt()).isEqualTo(1);
        assertThat(row.path("messages").toString()).contains("Unknown column 'tipo'", "The column 'type' is missing");
    }

    private static MongoDatabase database() {
        return backend.ventanilla().mongo().database();
    }
}
