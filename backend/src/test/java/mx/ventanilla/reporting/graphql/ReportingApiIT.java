package mx.ventanilla.reporting.graphql;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.correspondence.CorrespondenceApi;
import mx.ventanilla.testing.RunningVentanilla;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.correspondence.CorrespondenceApi.turnTo;
import static mx.ventanilla.correspondence.CorrespondenceApi.unitId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting queries over HTTP, on correspondence registered and turned through the API: the registry desk (DCG)
 * registers for the Dirección General, the director turns to SV and DPV. Each test tells its data apart by a sender
 * name of its own.
 */
class ReportingApiIT {

    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final String UNIT_TURNS = "query($unit: ID, $first: Int, $after: String, $filter: InboxFilter) {"
            + " unitTurns(unitId: $unit, first: $first, after: $after, filter: $filter) {"
            + " edges { cursor node { id } } nodes { id folio subject state dueDate trafficLight businessDaysLeft"
            + " recipientUnit { code } responses { text } }"
            + " pageInfo { hasNextPage endCursor } exportUrl } }";
    private static final String MY_TURNS = "query($filter: InboxFilter) { myTurns(filter: $filter) {"
            + " nodes { id senderName recipientUnit { code } } exportUrl(format: CSV) } }";
    private static final String SEARCH = "query($text: String, $first: Int, $after: String) {"
            + " searchCorrespondence(text: $text, first: $first, after: $after) {"
            + " nodes { id folio subject turnTree { state } timeline(first: 5) { nodes { type } } }"
            + " pageInfo { hasNextPage endCursor } exportUrl } }";
    private static final String STATISTICS = "query($from: Date, $to: Date, $preset: PeriodPreset,"
            + " $granularity: Granularity!, $unit: ID) { productionStatistics(from: $from, to: $to, preset: $preset,"
            + " granularity: $granularity, unitId: $unit) { from to granularity"
            + " total { unit { code } points { period start registered turnsSent turnsReceived responses concluded"
            + " overdue averageResponseBusinessDays } }"
            + " units { unit { code } points { period registered turnsSent turnsReceived responses concluded"
            + " averageResponseBusinessDays } } } }";

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;
    static CorrespondenceApi officer;
    static CorrespondenceApi director;
    static CorrespondenceApi sv;
    static CorrespondenceApi dpv;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of());
        officer = CorrespondenceApi.as(backend, "oficialia");
        director = CorrespondenceApi.as(backend, "director");
        sv = CorrespondenceApi.as(backend, "titular.sv");
        dpv = CorrespondenceApi.as(backend, "jefe.dpv");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void inboxNodesAreTurnsWithEveryFieldAndOtherUnitsDoNotSeeThem() {
        String sender = "Colonia Las Flores";
        String item = register("Solicitud de alumbrado", sender);
        String dpvUserId = CorrespondenceApi.userId(backend, "jefe.dpv");
        Map<String, Object> named = new HashMap<>(turnTo(unitId(backend, "DPV"), "ATTENTION", 5));
        named.put("recipientUserId", dpvUserId);
        List<String> turns = turnIds(director.turn(item, Optional.empty(),
                List.of(turnTo(unitId(backend, "SV"), "ATTENTION", 10), named)).data());

        JsonNode svInbox = unitTurns(sv, Optional.empty(), 10, Optional.empty(), filter("sender", sender));
        assertThat(svInbox.path("nodes").findValuesAsText("id")).containsExactly(turns.get(1), turns.get(0));
        JsonNode first = svInbox.path("nodes").get(0);
        assertThat(first.path("recipientUnit").path("code").asText()).isEqualTo("DPV");
        assertThat(first.path("subject").asText()).isEqualTo("Solicitud de alumbrado");
        assertThat(first.path("trafficLight").asText()).isEqualTo("GREEN");
        assertThat(first.path("businessDaysLeft").asInt()).isEqualTo(5);
        assertThat(svInbox.path("exportUrl").asText())
                .isEqualTo("/exports/turns.xlsx?scope=UNIT&sender=Colonia+Las+Flores");

        JsonNode mine = dpv.data(MY_TURNS, Map.of("filter", filter("sender", sender))).path("myTurns");
        assertThat(mine.path("nodes").findValuesAsText("id")).containsExactly(turns.get(1));
        assertThat(mine.path("nodes").get(0).path("senderName").asText()).isEqualTo(sender);
        assertThat(mine.path("exportUrl").asText()).isEqualTo("/exports/turns.csv?scope=MINE&sender=Colonia+Las+Flores");
        HttpResponse<String> export = backend.send(HttpRequest.newBuilder(backend.uri(mine.path("exportUrl").asText()))
                .header("Authorization", "Bearer " + backend.testTokenOf("jefe.dpv")).GET().build());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body().split("\r\n")).as("header and the one turn").hasSize(2);
        assertThat(unitTurns(CorrespondenceApi.as(backend, "titular.saf"), Optional.empty(), 10, Optional.empty(),
                filter("sender", sender)).path("nodes")).isEmpty();
        assertThat(unitTurns(director, Optional.of(unitId(backend, "SV")), 10, Optional.empty(),
                filter("sender", sender)).path("nodes").size()).isEqualTo(2);
        assertThat(sv.call(UNIT_TURNS, Map.of("unit", unitId(backend, "SJ"))).errorCode()).contains("NOT_FOUND");
        assertThat(backend.graphQl(MY_TURNS, Map.of(), Optional.empty()).errorCode()).contains("UNAUTHENTICATED");
    }

    @Test
    void inboxFiltersByStateTrafficLightAndPeriod() {
        String sender = "Ejido San Miguel";
        String item = register("Deslinde de terrenos", sender);
        List<String> turns = turnIds(director.turn(item, Optional.empty(), List.of(
                turnTo(unitId(backend, "SV"), "ATTENTION", 1),
                turnTo(unitId(backend, "DPV"), "ATTENTION", 30),
                turnTo(unitId(backend, "DAC"), "ATTENTION", 30))).data());
        String shortTurn = turns.get(0);
        String longTurn = turns.get(1);
        String lateTurn = turns.get(2);
        sv.data("mutation($id: ID!) { receiveTurn(id: $id) { state } }", Map.of("id", shortTurn));
        String yesterday = LocalDate.now(ZONE).minusDays(1).toString();
        backend.ventanilla().mongo().database().getCollection("turns").updateOne(new Document("_id", lateTurn),
                new Document("$set", new Document("dueDate", yesterday).append("yellowFrom", yesterday)));

        assertThat(ids(filter("sender", sender, "states", List.of("RECEIVED")))).containsExactly(shortTurn);
        assertThat(ids(filter("sender", sender, "states", List.of("SENT")))).containsExactlyInAnyOrder(longTurn,
                lateTurn);
        assertThat(ids(filter("sender", sender, "trafficLights", List.of("YELLOW")))).containsExactly(shortTurn);
        assertThat(ids(filter("sender", sender, "trafficLights", List.of("GREEN")))).containsExactly(longTurn);
        assertThat(ids(filter("sender", sender, "trafficLights", List.of("RED")))).containsExactly(lateTurn);
        assertThat(lightsOf(filter("sender", sender))).containsExactly("RED", "YELLOW", "GREEN");
        assertThat(ids(filter("sender", sender, "preset", "TODAY"))).hasSize(3);
        assertThat(ids(filter("sender", sender, "preset", "THIS_YEAR"))).hasSize(3);
        assertThat(ids(filter("sender", sender, "from", "2020-01-01", "to", "2020-12-31"))).isEmpty();
    }

    @Test
    void badFiltersAndPagesAreRefusedAsBadUserInput() {
        assertThat(error(filter("states", List.of("LOST")))).contains("BAD_USER_INPUT");
        assertThat(error(filter("from", "2026-02-30", "to", "2026-03-01"))).contains("BAD_USER_INPUT");
        assertThat(error(filter("from", "2026-03-10", "to", "2026-03-01"))).contains("BAD_USER_INPUT");
        assertThat(error(filter("from", "2026-03-10"))).contains("BAD_USER_INPUT");
        assertThat(error(filter("from", "2026-03-01", "to", "2026-03-10", "preset", "TODAY")))
                .contains("BAD_USER_INPUT");
        assertThat(sv.call(UNIT_TURNS, Map.of("first", 101)).errorCode()).contains("BAD_USER_INPUT");
        assertThat(sv.call(UNIT_TURNS, Map.of("after", "not-a-cursor")).errorCode()).contains("BAD_USER_INPUT");
        String searchCursor = sv.data(SEARCH, Map.of("first", 1)).path("searchCorrespondence").path("pageInfo")
                .path("endCursor").asText();
        assertThat(sv.call(UNIT_TURNS, Map.of("after", searchCursor)).errorCode()).contains("BAD_USER_INPUT");
        assertThat(sv.call(STATISTICS, Map.of("from", "2026-03-10", "to", "2026-03-01", "granularity", "DAY"))
                .errorCode()).contains("BAD_USER_INPUT");
        assertThat(sv.call(STATISTICS, Map.of("from", "2020-01-01", "to", "2026-01-01", "granularity", "DAY"))
                .errorCode()).contains("BAD_USER_INPUT");
        assertThat(sv.call(STATISTICS, Map.of("granularity", "DAY")).errorCode()).contains("BAD_USER_INPUT");
        assertThat(sv.call(STATISTICS, Map.of("preset", "TODAY", "granularity", "HOUR")).errorCode())
                .contains("BAD_USER_INPUT");
    }

    @Test
    void pagingThroughTwentySixTurnsTenAtATimeNeitherRepeatsNorSkips() {
        String sender = "Asociación de Paginación";
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            String item = register("Oficio " + i, sender);
            created.addAll(turnIds(director.turn(item, Optional.empty(), List.of(
                    turnTo(unitId(backend, "SV"), "ATTENTION", 1 + i % 5),
                    turnTo(unitId(backend, "DPV"), "ATTENTION", 1 + (i + 2) % 5))).data()));
        }

        List<String> seen = new ArrayList<>();
        List<String> dueDates = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            JsonNode page = unitTurns(sv, Optional.empty(), 10, after, filter("sender", "asociacion de paginacion"));
            seen.addAll(page.path("nodes").findValuesAsText("id"));
            dueDates.addAll(page.path("nodes").findValuesAsText("dueDate"));
            pageSizes.add(page.path("nodes").size());
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? Optional.of(page.path("pageInfo").path("endCursor").asText()) : Optional.empty();
        } while (after.isPresent());

        assertThat(pageSizes).containsExactly(10, 10, 6);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(dueDates).isSorted();
    }

    @Test
    void searchIgnoresAccentsAndCaseAndReservedItemsExistOnlyForTheirGrants() {
        String open = register("Trámite de vivienda", "Cooperativa Hogar Digno");
        Map<String, Object> reserved = CorrespondenceApi.registration(unitId(backend, "SV"), "Trámite reservado");
        reserved.put("confidentiality", "RESERVED");
        String secret = officer.register(reserved).path("id").asText();
        String secretTurn = turnIds(sv.turn(secret, Optional.empty(),
                List.of(turnTo(unitId(backend, "DPV"), "ATTENTION", 3))).data()).getFirst();

        JsonNode found = director.data(SEARCH, Map.of("text", "TRAMITE vivienda")).path("searchCorrespondence");
        assertThat(found.path("nodes").findValuesAsText("id")).containsExactly(open);
        assertThat(found.path("nodes").get(0).path("subject").asText()).isEqualTo("Trámite de vivienda");
        assertThat(found.path("nodes").get(0).path("timeline").path("nodes").get(0).path("type").asText())
                .isNotEmpty();
        assertThat(found.path("exportUrl").asText())
                .isEqualTo("/exports/correspondence.xlsx?text=TRAMITE+vivienda");
        assertThat(CorrespondenceApi.as(backend, "titular.sj").data(SEARCH, Map.of("text", "tramite de vivienda"))
                .path("searchCorrespondence").path("nodes")).isEmpty();

        CorrespondenceApi admin = CorrespondenceApi.as(backend, "admin");
        assertThat(admin.data(SEARCH, Map.of("text", "tramite reservado")).path("searchCorrespondence")
                .path("nodes")).isEmpty();
        JsonNode granted = sv.data(SEARCH, Map.of("text", "tramite reservado")).path("searchCorrespondence");
        assertThat(granted.path("nodes").findValuesAsText("id")).containsExactly(secret);
        assertThat(granted.path("nodes").get(0).path("turnTree").findValuesAsText("state")).containsExactly("SENT");
        assertThat(unitTurns(admin, Optional.of(unitId(backend, "SV")), 100, Optional.empty(), Map.of())
                .path("nodes").findValuesAsText("id")).doesNotContain(secretTurn);
        assertThat(unitTurns(director, Optional.empty(), 100, Optional.empty(), Map.of())
                .path("nodes").findValuesAsText("id")).doesNotContain(secretTurn);
        assertThat(unitTurns(sv, Optional.empty(), 100, Optional.empty(), Map.of())
                .path("nodes").findValuesAsText("id")).contains(secretTurn);
    }

    @Test
    void statisticsCountWhatWasRegisteredTurnedAnsweredAndConcluded() {
        String today = LocalDate.now(ZONE).toString();
        Map<String, Object> todayByDay = Map.of("from", today, "to", today, "granularity", "DAY");
        JsonNode before = director.data(STATISTICS, todayByDay).path("productionStatistics");
        CorrespondenceApi sj = CorrespondenceApi.as(backend, "titular.sj");

        for (int i = 0; i < 2; i++) {
            String item = register("Consulta jurídica " + i, "Notaría Pública 7");
            String turn = turnIds(director.turn(item, Optional.empty(),
                    List.of(turnTo(unitId(backend, "SJ"), "ATTENTION", 4))).data()).getFirst();
            if (i == 0) {
                sj.data("mutation($id: ID!) { receiveTurn(id: $id) { state } }", Map.of("id", turn));
                sj.data("mutation($id: ID!) { respondToTurn(id: $id, text: \"Opinión emitida.\") { state } }",
                        Map.of("id", turn));
                director.data("mutation($id: ID!) { acceptResponse(turnId: $id) { state } }", Map.of("id", turn));
            }
        }
        JsonNode after = director.data(STATISTICS, todayByDay).path("productionStatistics");

        assertThat(after.path("granularity").asText()).isEqualTo("DAY");
        assertThat(after.path("total").path("points").get(0).path("period").asText()).isEqualTo(today);
        assertThat(delta(before, after, "DCG", "registered")).isEqualTo(2);
        assertThat(delta(before, after, "DG", "turnsSent")).isEqualTo(2);
        assertThat(delta(before, after, "SJ", "turnsReceived")).isEqualTo(1);
        assertThat(delta(before, after, "SJ", "responses")).isEqualTo(1);
        assertThat(delta(before, after, "SJ", "concluded")).isEqualTo(1);
        assertThat(unitPoint(after, "SJ").path("averageResponseBusinessDays").asDouble()).isEqualTo(0.0);
        assertThat(totalPoint(after).path("registered").asInt() - totalPoint(before).path("registered").asInt())
                .isEqualTo(2);

        JsonNode sjOnly = sj.data(STATISTICS, Map.of("preset", "THIS_YEAR", "granularity", "MONTH"))
                .path("productionStatistics");
        assertThat(sjOnly.path("units").findValuesAsText("code")).containsOnly("SJ");
        assertThat(sjOnly.path("total").path("points")).hasSize(12);
        assertThat(sj.call(STATISTICS, Map.of("preset", "TODAY", "granularity", "DAY", "unit",
                unitId(backend, "SV"))).errorCode()).contains("NOT_FOUND");
    }

    private static String register(String subject, String sender) {
        Map<String, Object> input = CorrespondenceApi.registration(unitId(backend, "DG"), subject);
        input.put("sender", Map.of("kind", "ORGANISATION", "name", sender));
        return officer.register(input).path("id").asText();
    }

    private static List<String> turnIds(JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.path("turnCorrespondence").forEach(turn -> ids.add(turn.path("id").asText()));
        return ids;
    }

    private static JsonNode unitTurns(CorrespondenceApi api, Optional<String> unit, int first, Optional<String> after,
                                      Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        unit.ifPresent(id -> variables.put("unit", id));
        after.ifPresent(cursor -> variables.put("after", cursor));
        variables.put("first", first);
        variables.put("filter", filter);
        return api.data(UNIT_TURNS, variables).path("unitTurns");
    }

    private static List<String> ids(Map<String, Object> filter) {
        return unitTurns(sv, Optional.empty(), 100, Optional.empty(), filter).path("nodes").findValuesAsText("id");
    }

    private static List<String> lightsOf(Map<String, Object> filter) {
        return unitTurns(sv, Optional.empty(), 100, Optional.empty(), filter).path("nodes")
                .findValuesAsText("trafficLight");
    }

    private static Optional<String> error(Map<String, Object> filter) {
        return sv.call(UNIT_TURNS, Map.of("filter", filter)).errorCode();
    }

    private static Map<String, Object> filter(Object... namesAndValues) {
        Map<String, Object> filter = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            filter.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return filter;
    }

    private static int delta(JsonNode before, JsonNode after, String unit, String figure) {
        return unitPoint(after, unit).path(figure).asInt() - unitPoint(before, unit).path(figure).asInt();
    }

    private static JsonNode unitPoint(JsonNode statistics, String unit) {
        for (JsonNode series : statistics.path("units")) {
            if (series.path("unit").path("code").asText().equals(unit)) {
                return series.path("points").get(0);
            }
        }
        return statistics.path("none");
    }

    private static JsonNode totalPoint(JsonNode statistics) {
        return statistics.path("total").path("points").get(0);
    }
}
