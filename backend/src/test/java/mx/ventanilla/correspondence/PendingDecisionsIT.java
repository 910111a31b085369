package mx.ventanilla.correspondence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.testing.RunningVentanilla;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.correspondence.CorrespondenceApi.turnTo;
import static mx.ventanilla.correspondence.CorrespondenceApi.unitId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of pending decisions over HTTP in the demo institute: each holds exactly what the caller may approve,
 * reject, accept or return, and nothing of what it may not.
 */
class PendingDecisionsIT {

    private static final String PROPOSED = "query($first: Int, $after: String) { proposedTurnsToApprove(first: $first,"
            + " after: $after) { nodes { id state folio subject issuer { name } recipientUnit { code } }"
            + " pageInfo { hasNextPage endCursor } } }";
    private static final String RESPONSES = "query($first: Int, $after: String) { responsesToEvaluate(first: $first,"
            + " after: $after) { nodes { id state responses { text } } pageInfo { hasNextPage endCursor } } }";

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;
    static CorrespondenceApi officer;
    static CorrespondenceApi director;
    static CorrespondenceApi sv;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of());
        officer = CorrespondenceApi.as(backend, "oficialia");
        director = CorrespondenceApi.as(backend, "director");
        sv = CorrespondenceApi.as(backend, "titular.sv");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void aManagerAboveTheItemSeesItsProposalsAndAManagerOfAnotherBranchDoesNot() {
        List<String> proposals = registerWithProposals("DG", "Pendientes de aprobación", "PUBLIC");

        assertThat(allIds(director, PROPOSED, "proposedTurnsToApprove")).containsAll(proposals);
        assertThat(allIds(sv, PROPOSED, "proposedTurnsToApprove")).doesNotContainAnyElementsOf(proposals);
        assertThat(allIds(officer, PROPOSED, "proposedTurnsToApprove")).isEmpty();
        assertThat(allIds(CorrespondenceApi.as(backend, "auditor"), PROPOSED, "proposedTurnsToApprove")).isEmpty();
        assertThat(allIds(CorrespondenceApi.as(backend, "admin"), PROPOSED, "proposedTurnsToApprove"))
                .containsAll(proposals);
    }

    @Test
    void anApprovedOrRejectedProposalLeavesTheList() {
        List<String> proposals = registerWithProposals("DG", "Se decide y desaparece", "PUBLIC");

        director.data("mutation($ids: [ID!]!) { approveProposedTurns(ids: $ids) { id } }",
                Map.of("ids", List.of(proposals.get(0))));
        director.data("mutation($id: ID!) { rejectProposedTurn(id: $id, reason: \"No procede\") { id } }",
                Map.of("id", proposals.get(1)));

        assertThat(allIds(director, PROPOSED, "proposedTurnsToApprove")).doesNotContainAnyElementsOf(proposals);
    }

    @Test
    void aReservedItemsProposalsAppearOnlyToTheManagersGrantedIt() {
        List<String> proposals = registerWithProposals("SV", "Asunto reservado con propuestas", "RESERVED");

        assertThat(allIds(sv, PROPOSED, "proposedTurnsToApprove")).containsAll(proposals);
        assertThat(allIds(director, PROPOSED, "proposedTurnsToApprove")).doesNotContainAnyElementsOf(proposals);
        assertThat(director.call("mutation($ids: [ID!]!) { approveProposedTurns(ids: $ids) { id } }",
                Map.of("ids", List.of(proposals.getFirst()))).errorCode()).contains("NOT_FOUND");
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatingOrSkipping() {
        List<String> proposals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            proposals.addAll(registerWithProposals("DG", "Paginado " + i, "PUBLIC"));
        }

        List<String> pagedByOne = pagedIds(director, PROPOSED, "proposedTurnsToApprove", 1);
        List<String> pagedByFifty = pagedIds(director, PROPOSED, "proposedTurnsToApprove", 50);

        assertThat(pagedByOne).containsAll(proposals).doesNotHaveDuplicates().isEqualTo(pagedByFifty);
    }

    @Test
    void aCursorFromElsewhereIsBadInput() {
        assertThat(director.call(PROPOSED, Map.of("first", 5, "after", "bm90LW91cnM")).errorCode())
                .contains("BAD_USER_INPUT");
    }

    @Test
    void theIssuerSeesAnsweredTurnsToEvaluateAndTheRecipientDoesNot() {
        String item = officer.register(CorrespondenceApi.registration(unitId(backend, "DG"), "Respuesta por evaluar"))
                .path("id").asText();
        String turn = director.turn(item, Optional.empty(), List.of(turnTo(unitId(backend, "SV"), "ATTENTION", 5)))
                .data().path("turnCorrespondence").get(0).path("id").asText();
        sv.data("mutation($id: ID!) { receiveTurn(id: $id) { id } }", Map.of("id", turn));
        assertThat(allIds(director, RESPONSES, "responsesToEvaluate")).doesNotContain(turn);

        sv.data("mutation($id: ID!) { respondToTurn(id: $id, text: \"Atendido\") { id } }", Map.of("id", turn));

        assertThat(allIds(director, RESPONSES, "responsesToEvaluate")).contains(turn);
        assertThat(allIds(sv, RESPONSES, "responsesToEvaluate")).doesNotContain(turn);
        assertThat(allIds(CorrespondenceApi.as(backend, "titular.sj"), RESPONSES, "responsesToEvaluate"))
                .doesNotContain(turn);
        director.data("mutation($id: ID!) { acceptResponse(turnId: $id, rating: REGULAR) { id } }",
                Map.of("id", turn));
        assertThat(allIds(director, RESPONSES, "responsesToEvaluate")).doesNotContain(turn);
    }

    private List<String> registerWithProposals(String addressee, String subject, String confidentiality) {
        Map<String, Object> input = CorrespondenceApi.registration(unitId(backend, addressee), subject);
        input.put("confidentiality", confidentiality);
        input.put("proposedTurns", List.of(turnTo(unitId(backend, "DPV"), "ATTENTION", 5),
                turnTo(unitId(backend, "DAC"), "REPORT", 8)));
        String id = officer.register(input).path("id").asText();
        return officer.data("query($id: ID!) { correspondence(id: $id) { turnTree { id } } }", Map.of("id", id))
                .path("correspondence").path("turnTree").findValuesAsText("id");
    }

    private static List<String> allIds(CorrespondenceApi api, String document, String field) {
        return pagedIds(api, document, field, 100);
    }

    private static List<String> pagedIds(CorrespondenceApi api, String document, String field, int first) {
        List<String> ids = new ArrayList<>();
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        JsonNode page;
        do {
            page = api.data(document, variables).path(field);
            ids.addAll(page.path("nodes").findValuesAsText("id"));
            variables.put("after", page.path("pageInfo").path("endCursor").asText());
        } while (page.path("pageInfo").path("hasNextPage").asBoolean());
        return ids;
    }
}
