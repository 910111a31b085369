package mx.ventanilla.identity;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import mx.ventanilla.identity.infrastructure.Argon2idPasswordHasher;
import mx.ventanilla.identity.infrastructure.DemoData;
import mx.ventanilla.testing.RunningVentanilla;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo institution is seeded once per database, only when asked for. */
class DemoDataIT {

    @Test
    void demoInstitutionIsSeededOnceAcrossTwoStartsOnTheSameDataDirectory(@TempDir Path dataDir) {
        try (RunningVentanilla first = RunningVentanilla.startWithTestTokens(dataDir, Map.of())) {
            IdentityApi admin = IdentityApi.as(first, "admin");
            assertThat(admin.allUnitCodes()).containsExactlyInAnyOrder("DG", "SAF", "SJ", "SV", "DCG", "DRH", "DRF",
                    "DTI", "DCT", "DPV", "DAC", "DRT", "DRX");
            assertThat(admin.allUsernames()).hasSize(12);
            JsonNode roles = admin.data("{ users(first: 100) { nodes { roles } } }", Map.of());
            assertThat(roles.toString()).contains("ADMIN", "MANAGER", "OFFICER", "TECHNICIAN", "AGENT", "AUDITOR");
            JsonNode director = admin.user("director");
            admin.data("mutation($id: ID!, $v: Int!) { updateUser(id: $id, input: {version: $v,"
                    + " fullName: \"Jorge Alberto Ramírez C.\"}) { version } }",
                    Map.of("id", director.path("id").asText(), "v", director.path("version").asInt()));
            String hash = database(first).getCollection("users").find(new Document("username", "oficialia"))
                    .first().getString("passwordHash");
            assertThat(Argon2idPasswordHasher.recommended().matches(DemoData.PASSWORD.toCharArray(), hash)).isTrue();
        }

        try (RunningVentanilla second = RunningVentanilla.startWithTestTokens(dataDir, Map.of())) {
            IdentityApi admin = IdentityApi.as(second, "admin");
            assertThat(admin.allUnitCodes()).hasSize(13);
            assertThat(admin.allUsernames()).hasSize(12);
            assertThat(admin.user("director").path("fullName").asText()).isEqualTo("Jorge Alberto Ramírez C.");
            assertThat(database(second).getCollection("migrations")
                    .countDocuments(new Document("_id", "demo-data-v1"))).isEqualTo(1);
        }
    }

    @Test
    void nothingIsSeededWhenDemoDataIsOff(@TempDir Path dataDir) {
        try (RunningVentanilla backend = RunningVentanilla.start(dataDir, Map.of("ventanilla.demo-data", "false"))) {
            assertThat(database(backend).getCollection("org_units").countDocuments()).isZero();
            assertThat(database(backend).getCollection("users").countDocuments()).isZero();
            assertThat(database(backend).getCollection("migrations").countDocuments(
                    new Document("_id", "demo-data-v1"))).isZero();
        }
    }

    private static MongoDatabase database(RunningVentanilla backend) {
        return backend.ventanilla().mongo().database();
    }
}
