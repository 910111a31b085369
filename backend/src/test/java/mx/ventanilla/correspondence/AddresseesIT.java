package mx.ventanilla.correspondence;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.testing.RunningVentanilla;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The units a registry desk may address documents and propose turns to, over HTTP. */
class AddresseesIT {

    private static final String ADDRESSEES = "{ addressees { id code name } }";

    @TempDir
    static Path dataDir;
    private static RunningVentanilla backend;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void anOfficerSeesEveryActiveUnitBeyondHerOwnSubtreeOrderedByCode() {
        JsonNode addressees = CorrespondenceApi.as(backend, "oficialia").data(ADDRESSEES, Map.of()).path("addressees");

        assertThat(codes(addressees)).containsExactly("DAC", "DCG", "DCT", "DG", "DPV", "DRF", "DRH", "DRT", "DRX",
                "DTI", "SAF", "SJ", "SV");
        assertThat(addressees.path(12).path("id").asText()).isEqualTo(CorrespondenceApi.unitId(backend, "SV"));
        assertThat(addressees.path(12).path("name").asText()).isNotBlank();
    }

    @Test
    void aDeactivatedUnitIsNoLongerAnAddressee() {
        CorrespondenceApi admin = CorrespondenceApi.as(backend, "admin");
        String id = admin.data("mutation($p: ID!) { createOrgUnit(input: {code: \"TEMPORAL\", name: \"Temporal\","
                + " kind: DEPARTMENT, parentId: $p}) { id } }", Map.of("p", CorrespondenceApi.unitId(backend, "DG")))
                .path("createOrgUnit").path("id").asText();
        assertThat(codes(CorrespondenceApi.as(backend, "titular.sv").data(ADDRESSEES, Map.of())
                .path("addressees"))).contains("TEMPORAL");

        admin.data("mutation($id: ID!) { updateOrgUnit(id: $id, input: {active: false}) { active } }", Map.of("id", id));

        assertThat(codes(CorrespondenceApi.as(backend, "titular.sv").data(ADDRESSEES, Map.of())
                .path("addressees"))).doesNotContain("TEMPORAL").contains("SV");
    }

    @Test
    void anAnonymousCallerIsRefused() {
        RunningVentanilla.GraphQlResponse response = backend.graphQl(ADDRESSEES, Map.of(), Optional.empty());

        assertThat(response.errorCode()).hasValue("UNAUTHENTICATED");
    }

    private static List<String> codes(JsonNode units) {
        return units.findValuesAsText("code");
    }
}
