package mx.ventanilla.reporting.graphql;

import static mx.ventanilla.correspondence.CorrespondenceApi.turnTo;
import static mx.ventanilla.correspondence.CorrespondenceApi.unitId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.ventanilla.correspondence.CorrespondenceApi;
import mx.ventanilla.testing.RunningVentanilla;

/**
 * What an inbox page costs the database: counted on the backend's own MongoDB client, so that a change that reads a
 * page's turns or items one by one (or again by id) fails here instead of slowing the inbox down unnoticed.
 */
class InboxReadsIT {

    private static final String SENDER = "Contraloría de Lecturas";
    private static final String UNIT_TURNS = "query($first: Int, $filter: InboxFilter) { unitTurns(first: $first,"
            + " filter: $filter) { nodes { id folio subject state dueDate yellowFrom trafficLight businessDaysLeft"
            + " instruction level issuer { name } recipientUnit { code } issuerUnit { code } responses { text } }"
            + " pageInfo { hasNextPage endCursor } } }";
    private static final Set<String> READS = Set.of("find", "aggregate", "count", "distinct", "getMore");
    /** The live feature polls the outbox on its own schedule, whatever the requests do. */
    private static final String POLLED = "outbox";

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;
    static final ReadCounter reads = new ReadCounter();
    static CorrespondenceApi officer;
    static CorrespondenceApi director;
    static CorrespondenceApi sv;
    static final List<String> svTurns = new ArrayList<>();

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startObserved(dataDir, Map.of(), List.of(reads));
        officer = CorrespondenceApi.as(backend, "oficialia");
        director = CorrespondenceApi.as(backend, "director");
        sv = CorrespondenceApi.as(backend, "titular.sv");
        for (int i = 0; i < 4; i++) {
            turnToTheUnitsOfSv(register("Oficio " + i, i == 3), i);
        }
        sv.data("mutation($id: ID!) { receiveTurn(id: $id) { state } }", Map.of("id", svTurns.getFirst()));
        sv.data("mutation($id: ID!) { respondToTurn(id: $id, text: \"Atendido.\") { state } }",
                Map.of("id", svTurns.getFirst()));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void aPageOfTurnsReadsTheTurnsOnceWhateverItsSizeAndEveryFieldStillResolves() {
        Map<String, Integer> small = reads.during(() -> unitTurns(sv, 3, Map.of("sender", SENDER)));
        JsonNode all = unitTurns(sv, 12, Map.of("sender", SENDER));
        Map<String, Integer> large = reads.during(() -> unitTurns(sv, 12, Map.of("sender", SENDER)));

        assertThat(all.path("nodes").findValuesAsText("id"))
                .as("every turn of SV and below, the reserved item's included for its grantee")
                .containsExactlyInAnyOrderElementsOf(svTurns);
        assertThat(large).as("one query over turns; no item is read").containsEntry("turns", 1)
                .doesNotContainKey("correspondence");
        assertThat(large).as("12 nodes cost what 3 cost").isEqualTo(small);
        assertThat(large.values().stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(4);
        JsonNode answered = node(all, svTurns.getFirst());
        assertThat(answered.path("state").asText()).isEqualTo("ANSWERED");
        assertThat(answered.path("responses").findValuesAsText("text")).containsExactly("Atendido.");
        assertThat(answered.path("recipientUnit").path("code").asText()).isEqualTo("SV");
        assertThat(answered.path("issuerUnit").path("code").asText()).isEqualTo("DG");
        assertThat(answered.path("subject").asText()).isEqualTo("Oficio 0");
        JsonNode open = node(all, svTurns.get(1));
        assertThat(open.path("trafficLight").asText()).isEqualTo("GREEN");
        assertThat(open.path("businessDaysLeft").asInt()).isPositive();
    }

    @Test
    void turnsWhoseOwnFieldsDoNotProveVisibilityAreCheckedAgainstTheirItems() {
        Map<String, Object> input = CorrespondenceApi.registration(unitId(backend, "DG"), "Con turno propuesto");
        input.put("sender", Map.of("kind", "ORGANISATION", "name", "Propuestas del Norte"));
        input.put("proposedTurns", List.of(turnTo(unitId(backend, "SV"), "ATTENTION", 5)));
        officer.register(input);
        Map<String, Object> proposed = Map.of("sender", "Propuestas del Norte", "states", List.of("PROPOSED"));

        assertThat(unitTurns(sv, 10, proposed).path("nodes"))
                .as("the item's audience is not widened to SV until the turn is approved").isEmpty();
        Map<String, Integer> checked = reads.during(() -> assertThat(unitTurns(director, 10, proposed)
                .path("nodes").findValuesAsText("subject")).containsExactly("Con turno propuesto"));
        assertThat(checked).as("the page, then the turn, its item and the item's turns")
                .containsEntry("turns", 3).containsEntry("correspondence", 1);
    }

    private static String register(String subject, boolean reserved) {
        Map<String, Object> input = CorrespondenceApi.registration(unitId(backend, "DG"), subject);
        input.put("sender", Map.of("kind", "ORGANISATION", "name", SENDER));
        if (reserved) {
            input.put("confidentiality", "RESERVED");
        }
        return officer.register(input).path("id").asText();
    }

    private static void turnToTheUnitsOfSv(String item, int offset) {
        director.turn(item, Optional.empty(), List.of(
                        turnTo(unitId(backend, "SV"), "ATTENTION", 3 + offset),
                        turnTo(unitId(backend, "DPV"), "ATTENTION", 4 + offset),
                        turnTo(unitId(backend, "DAC"), "REPORT", 5 + offset)))
                .data().path("turnCorrespondence").forEach(turn -> svTurns.add(turn.path("id").asText()));
    }

    private static JsonNode unitTurns(CorrespondenceApi api, int first, Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("filter", filter);
        return api.data(UNIT_TURNS, variables).path("unitTurns");
    }

    private static JsonNode node(JsonNode connection, String id) {
        for (JsonNode node : connection.path("nodes")) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("No node " + id + " in " + connection);
    }

    /** Counts the read commands the backend sends, by collection, while a piece of test code runs. */
    static final class ReadCounter implements CommandListener {

        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        private volatile boolean counting;

        synchronized Map<String, Integer> during(Runnable action) {
            counts.clear();
            counting = true;
            try {
                action.run();
            } finally {
                counting = false;
            }
            Map<String, Integer> counted = new HashMap<>();
            counts.forEach((collection, count) -> counted.put(collection, count.get()));
            return counted;
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (!counting || !READS.contains(event.getCommandName())) {
                return;
            }
            String field = event.getCommandName().equals("getMore") ? "collection" : event.getCommandName();
            String collection = event.getCommand().getString(field).getValue();
            if (!collection.equals(POLLED)) {
                counts.computeIfAbsent(collection, name -> new AtomicInteger()).incrementAndGet();
            }
        }
    }
}
