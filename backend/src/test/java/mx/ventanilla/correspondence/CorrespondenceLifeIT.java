package mx.ventanilla.correspondence;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.testing.RunningVentanilla;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.correspondence.CorrespondenceApi.TURN_FIELDS;
import static mx.ventanilla.correspondence.CorrespondenceApi.turnTo;
import static mx.ventanilla.correspondence.CorrespondenceApi.unitId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a document over HTTP in the demo institute: the registry desk (DCG) registers it for the
 * Dirección General, the director turns it to SV, SV's manager turns it further down to DPV, DPV answers, SV returns
 * the answer, DPV answers again, SV accepts, SV answers the director, the director accepts, concludes and archives.
 */
class CorrespondenceLifeIT {

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;
    static CorrespondenceApi officer;
    static CorrespondenceApi director;
    static CorrespondenceApi sv;
    static CorrespondenceApi dpv;
    static CorrespondenceApi saf;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of());
        officer = CorrespondenceApi.as(backend, "oficialia");
        director = CorrespondenceApi.as(backend, "director");
        sv = CorrespondenceApi.as(backend, "titular.sv");
        dpv = CorrespondenceApi.as(backend, "jefe.dpv");
        saf = CorrespondenceApi.as(backend, "titular.saf");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void aDocumentLivesFromRegistrationToTheArchive() {
        JsonNode item = officer.register(CorrespondenceApi.registration(unitId(backend, "DG"), "Solicitud de informe"));
        String id = item.path("id").asText();
        assertThat(item.path("folio").asText()).matches("DCG-\\d{4}-\\d{6}");
        assertThat(item.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(item.path("addresseeUnit").path("code").asText()).isEqualTo("DG");

        JsonNode svTurn = director.turn(id, Optional.empty(), List.of(turnTo(unitId(backend, "SV"), "ATTENTION", 10)))
                .data().path("turnCorrespondence").get(0);
        assertThat(svTurn.path("state").asText()).isEqualTo("SENT");
        assertThat(svTurn.path("trafficLight").asText()).isEqualTo("GREEN");
        assertThat(svTurn.path("businessDaysLeft").asInt()).isEqualTo(10);
        String svTurnId = svTurn.path("id").asText();

        assertThat(receive(sv, svTurnId).path("state").asText()).isEqualTo("RECEIVED");
        JsonNode dpvTurn = sv.turn(id, Optional.of(svTurnId), List.of(turnTo(unitId(backend, "DPV"), "ATTENTION", 5)))
                .data().path("turnCorrespondence").get(0);
        String dpvTurnId = dpvTurn.path("id").asText();
        assertThat(dpvTurn.path("level").asInt()).isEqualTo(1);
        assertThat(dpvTurn.path("parentTurnId").asText()).isEqualTo(svTurnId);

        receive(dpv, dpvTurnId);
        assertThat(respond(dpv, dpvTurnId, "Se anexa el informe.").path("state").asText()).isEqualTo("ANSWERED");
        JsonNode returned = sv.data("mutation($id: ID!) { returnResponse(turnId: $id, reason: \"Falta el anexo 2\")"
                + " { " + TURN_FIELDS + " } }", Map.of("id", dpvTurnId)).path("returnResponse");
        assertThat(returned.path("state").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("reason").asText()).isEqualTo("Falta el anexo 2");
        respond(dpv, dpvTurnId, "Se anexa el informe completo.");
        JsonNode accepted = sv.data("mutation($id: ID!) { acceptResponse(turnId: $id, rating: SATISFIED)"
                + " { " + TURN_FIELDS + " } }", Map.of("id", dpvTurnId)).path("acceptResponse");
        assertThat(accepted.path("state").asText()).isEqualTo("CONCLUDED");
        assertThat(accepted.path("rating").asText()).isEqualTo("SATISFIED");
        assertThat(accepted.path("responses").size()).isEqualTo(2);

        respond(sv, svTurnId, "Informe de la Subdirección de Vivienda.");
        assertThat(concludeResult(director, id).path("errors").isMissingNode()).isFalse();
        director.data("mutation($id: ID!) { acceptResponse(turnId: $id) { state } }", Map.of("id", svTurnId));
        JsonNode concluded = director.data("mutation($id: ID!) { concludeCorrespondence(id: $id) { status } }",
                Map.of("id", id)).path("concludeCorrespondence");
        assertThat(concluded.path("status").asText()).isEqualTo("CONCLUDED");
        JsonNode archived = director.data("mutation($id: ID!) { archiveCorrespondence(id: $id) { status"
                + " archive { archivalSeries retentionYears retainUntil archivedBy { name } } } }", Map.of("id", id))
                .path("archiveCorrespondence");
        assertThat(archived.path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(archived.path("archive").path("archivalSeries").asText()).isEqualTo("2C.5");
        assertThat(archived.path("archive").path("retentionYears").asInt()).isEqualTo(2);

        assertTimelineAndOutbox(id);
        assertArchiveIsReadOnly(id, svTurnId);
    }

    @Test
    void aRecipientSeesItsOwnBranchAndThePeopleAboveSeeTheWholeTree() {
        JsonNode item = officer.register(CorrespondenceApi.registration(unitId(backend, "DG"), "Árbol de turnos"));
        String id = item.path("id").asText();
        List<JsonNode> turns = List.of(director.turn(id, Optional.empty(), List.of(
                turnTo(unitId(backend, "SV"), "ATTENTION", 10),
                turnTo(unitId(backend, "SAF"), "KNOWLEDGE", 10))).data().path("turnCorrespondence").get(0));
        String svTurnId = turns.getFirst().path("id").asText();
        receive(sv, svTurnId);
        sv.turn(id, Optional.of(svTurnId), List.of(turnTo(unitId(backend, "DPV"), "ATTENTION", 3)));

        String tree = "query($id: ID!) { correspondence(id: $id) { turnTree { recipientUnit { code } level } } }";
        assertThat(director.data(tree, Map.of("id", id)).findValuesAsText("code")).containsExactly("SV", "SAF", "DPV");
        assertThat(sv.data(tree, Map.of("id", id)).findValuesAsText("code")).containsExactly("SV", "DPV");
        assertThat(dpv.data(tree, Map.of("id", id)).findValuesAsText("code")).containsExactly("DPV");
        assertThat(saf.data(tree, Map.of("id", id)).findValuesAsText("code")).containsExactly("SAF");
        assertThat(CorrespondenceApi.as(backend, "titular.sj").call(tree, Map.of("id", id)).errorCode())
                .contains("NOT_FOUND");
        assertThat(dpv.call("query($id: ID!) { turn(id: $id) { id } }", Map.of("id", svTurnId)).errorCode())
                .contains("NOT_FOUND");
    }

    @Test
    void aKnowledgeTurnIsConcludedWhenRead() {
        JsonNode item = officer.register(CorrespondenceApi.registration(unitId(backend, "DG"), "Para conocimiento"));
        JsonNode turn = director.turn(item.path("id").asText(), Optional.empty(),
                List.of(turnTo(unitId(backend, "SJ"), "KNOWLEDGE", 5))).data().path("turnCorrespondence").get(0);

        JsonNode read = receive(CorrespondenceApi.as(backend, "titular.sj"), turn.path("id").asText());

        assertThat(read.path("state").asText()).isEqualTo("CONCLUDED");
        assertThat(read.path("trafficLight").isNull()).isTrue();
    }

    @Test
    void proposedTurnsWaitForAManagersDecision() {
        Map<String, Object> input = CorrespondenceApi.registration(unitId(backend, "DG"), "Con turnos propuestos");
        input.put("proposedTurns", List.of(turnTo(unitId(backend, "SV"), "ATTENTION", 5),
                turnTo(unitId(backend, "SJ"), "REPORT", 5)));
        String id = officer.register(input).path("id").asText();
        JsonNode proposed = director.data("query($id: ID!) { correspondence(id: $id) { turnTree { id state } } }",
                Map.of("id", id)).path("correspondence").path("turnTree");
        assertThat(proposed.findValuesAsText("state")).containsExactly("PROPOSED", "PROPOSED");
        String first = proposed.get(0).path("id").asText();
        String second = proposed.get(1).path("id").asText();

        assertThat(sv.call("mutation($ids: [ID!]!) { approveProposedTurns(ids: $ids) { id } }",
                Map.of("ids", List.of(first))).errorCode()).contains("NOT_FOUND");
        JsonNode approved = director.data("mutation($ids: [ID!]!, $edits: [ProposedTurnEdit!]) {"
                        + " approveProposedTurns(ids: $ids, edits: $edits) { state dueDate instruction } }",
                Map.of("ids", List.of(first), "edits", List.of(Map.of("turnId", first, "instruction", "SIGNATURE",
                        "dueInBusinessDays", 2)))).path("approveProposedTurns").get(0);
        assertThat(approved.path("state").asText()).isEqualTo("SENT");
        assertThat(approved.path("instruction").asText()).isEqualTo("SIGNATURE");
        JsonNode rejected = director.data("mutation($id: ID!) { rejectProposedTurn(id: $id, reason: \"No aplica\")"
                + " { state reason } }", Map.of("id", second)).path("rejectProposedTurn");
        assertThat(rejected.path("state").asText()).isEqualTo("REJECTED");
        assertThat(director.call("mutation($id: ID!) { rejectProposedTurn(id: $id, reason: \"otra vez\") { state } }",
                Map.of("id", second)).errorCode()).contains("CONFLICT");
    }

    private static void assertTimelineAndOutbox(String id) {
        JsonNode timeline = director.data("query($id: ID!) { correspondence(id: $id) { timeline(first: 100) {"
                + " nodes { type actor { name } details { name value } } } } }", Map.of("id", id));
        assertThat(timeline.findValuesAsText("type")).containsExactly("registered", "turnSent", "turnReceived",
                "turnSent", "turnReceived", "turnAnswered", "responseReturned", "turnAnswered", "turnConcluded",
                "turnAnswered", "turnConcluded", "concluded", "archived");
        long outbox = backend.ventanilla().mongo().database().getCollection("outbox")
                .countDocuments(new Document("correspondenceId", id));
        assertThat(outbox).isEqualTo(13);
        Document assigned = backend.ventanilla().mongo().database().getCollection("outbox")
                .find(new Document("correspondenceId", id).append("type", "turnAssigned")).first();
        assertThat(assigned.getList("audiencePath", String.class)).contains(unitId(backend, "SV"));
    }

    private static void assertArchiveIsReadOnly(String id, String svTurnId) {
        assertThat(director.turn(id, Optional.empty(), List.of(turnTo(unitId(backend, "SJ"), "ATTENTION", 3)))
                .errorCode()).contains("CONFLICT");
        assertThat(director.call("mutation($id: ID!) { cancelTurn(id: $id, reason: \"x\") { id } }",
                Map.of("id", svTurnId)).errorCode()).contains("CONFLICT");
        assertThat(director.call("mutation($id: ID!) { archiveCorrespondence(id: $id) { id } }",
                Map.of("id", id)).errorCode()).contains("CONFLICT");
        assertThat(director.call("mutation($id: ID!) { concludeCorrespondence(id: $id) { id } }",
                Map.of("id", id)).errorCode()).contains("CONFLICT");
    }

    private static JsonNode concludeResult(CorrespondenceApi api, String id) {
        JsonNode body = api.call("mutation($id: ID!) { concludeCorrespondence(id: $id) { status } }",
                Map.of("id", id)).body();
        assertThat(body.path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("CONFLICT");
        return body;
    }

    static JsonNode receive(CorrespondenceApi api, String turnId) {
        return api.data("mutation($id: ID!) { receiveTurn(id: $id) { " + TURN_FIELDS + " } }", Map.of("id", turnId))
                .path("receiveTurn");
    }

    static JsonNode respond(CorrespondenceApi api, String turnId, String text) {
        return api.data("mutation($id: ID!, $text: String!) { respondToTurn(id: $id, text: $text) { "
                + TURN_FIELDS + " } }", Map.of("id", turnId, "text", text)).path("respondToTurn");
    }
}
