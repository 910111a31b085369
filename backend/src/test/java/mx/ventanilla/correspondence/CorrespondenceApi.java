package mx.ventanilla.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.bson.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** Correspondence operations over HTTP, as one demo user. */
public final class CorrespondenceApi {

    public static final String ITEM_FIELDS = "id folio status version subject confidentiality references"
            + " addresseeUnit { code } registeredUnit { code } sender { kind name level }";
    public static final String TURN_FIELDS = "id state version level parentTurnId dueDate yellowFrom trafficLight"
            + " businessDaysLeft instruction reason rating recipientUnit { code } issuerUnit { code }"
            + " responses { text by { name } }";
    public static final String REGISTER = "mutation($input: RegisterCorrespondenceInput!) {"
            + " registerCorrespondence(input: $input) { " + ITEM_FIELDS + " } }";
    public static final String TURN = "mutation($id: ID!, $from: ID, $turns: [TurnInput!]!) {"
            + " turnCorrespondence(correspondenceId: $id, fromTurnId: $from, turns: $turns) { " + TURN_FIELDS + " } }";

    private final RunningVentanilla backend;
    private final String token;

    private CorrespondenceApi(RunningVentanilla backend, String token) {
        this.backend = backend;
        this.token = token;
    }

    public static CorrespondenceApi as(RunningVentanilla backend, String username) {
        return new CorrespondenceApi(backend, backend.testTokenOf(username));
    }

    public GraphQlResponse call(String document, Map<String, Object> variables) {
        return backend.graphQl(document, variables, Optional.of(token));
    }

    public JsonNode data(String document, Map<String, Object> variables) {
        GraphQlResponse response = call(document, variables);
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data();
    }

    public JsonNode register(Map<String, Object> input) {
        return data(REGISTER, Map.of("input", input)).path("registerCorrespondence");
    }

    public GraphQlResponse turn(String itemId, Optional<String> fromTurnId, List<Map<String, Object>> turns) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", itemId);
        variables.put("from", fromTurnId.orElse(null));
        variables.put("turns", turns);
        return call(TURN, variables);
    }

    public static String unitId(RunningVentanilla backend, String code) {
        return backend.ventanilla().mongo().database().getCollection("org_units")
                .find(new Document("code", code)).first().getString("_id");
    }

    public static String userId(RunningVentanilla backend, String username) {
        return backend.ventanilla().mongo().database().getCollection("users")
                .find(new Document("username", username)).first().getString("_id");
    }

    /** A valid registration addressed to the given unit; tests change what they need. */
    public static Map<String, Object> registration(String addresseeUnitId, String subject) {
        Map<String, Object> input = new HashMap<>();
        input.put("direction", "INCOMING");
        input.put("documentType", "OFICIO");
        input.put("documentDate", LocalDate.now().minusDays(3).toString());
        input.put("receivedAt", Instant.now().minusSeconds(3600).toString());
        input.put("sender", Map.of("kind", "GOVERNMENT", "name", "Lic. Ana Pérez Gómez",
                "organisation", "Secretaría de Finanzas", "level", "STATE", "position", "Directora de Área"));
        input.put("addresseeUnitId", addresseeUnitId);
        input.put("subject", subject);
        input.put("summary", "Solicita información sobre el programa de vivienda social.");
        input.put("archivalSeries", "2C.5");
        return input;
    }

    public static Map<String, Object> turnTo(String unitId, String instruction, int businessDays) {
        return Map.of("recipientUnitId", unitId, "instruction", instruction, "dueInBusinessDays", businessDays,
                "instructions", "Atender y responder.");
    }
}
