package mx.ventanilla.pwa.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class OfflineSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OfflineSnapshot.Owner OWNER =
            new OfflineSnapshot.Owner("u1", "jefe.dpv", "Jefa de DPV", "Dirección de Padrón Vehicular (DPV)");

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode turn(String id, String item, String due, String light, String priority) {
        return json("{'id': '%s', 'correspondenceId': '%s', 'dueDate': '%s', 'trafficLight': %s, 'priority': '%s'}"
                .formatted(id, item, due, light == null ? "null" : "'" + light + "'", priority));
    }

    private static JsonNode item(String id, int pages) {
        StringBuilder pageList = new StringBuilder();
        for (int page = 0; page < pages; page++) {
            pageList.append(page == 0 ? "" : ",").append("{'width': 600, 'height': 800, 'thumbnail': {'sha256': 'ab"
                    + page + "cdef0123456789abcdef'}}");
        }
        return json("{'id': '%s', 'folio': 'DG-2026-%s', 'subject': 'Asunto', 'sender': {'name': 'Ana'},"
                .formatted(id, id) + " 'scans': {'pdf': {'sha256': '0123456789abcdef0123'}, 'pages': [" + pageList
                + "]}, 'timeline': {'nodes': [" + timeline(7) + "]}}");
    }

    private static String timeline(int entries) {
        StringBuilder nodes = new StringBuilder();
        for (int entry = 0; entry < entries; entry++) {
            nodes.append(entry == 0 ? "" : ",").append("{'type': 'e" + entry
                    + "', 'at': '2026-11-20T10:00:00Z', 'actor': {'name': 'X'}}");
        }
        return nodes.toString();
    }

    private static OfflineSnapshot snapshot(List<JsonNode> turns, Map<String, JsonNode> items) {
        return new OfflineSnapshot(OWNER, Instant.parse("2026-11-20T16:42:00Z"), turns, items);
    }

    @Test
    void aTurnInBothInboxesIsCopiedOnceAsMineAndTheListRunsByDueDate() {
        JsonNode data = json("""
                {'mine': {'nodes': [{'id': 't2', 'correspondenceId': 'c2', 'dueDate': '2026-11-30'}]},
                 'unit': {'nodes': [{'id': 't1', 'correspondenceId': 'c1', 'dueDate': '2026-11-25'},
                                    {'id': 't2', 'correspondenceId': 'c2', 'dueDate': '2026-11-30'}]}}""");

        List<JsonNode> turns = OfflineSnapshot.openTurns(data);

        assertThat(turns).extracting(turn -> turn.path("id").asText()).containsExactly("t1", "t2");
        assertThat(turns).extracting(turn -> turn.path("mine").asBoolean()).containsExactly(false, true);
        assertThat(OfflineSnapshot.itemIds(turns)).containsExactly("c1", "c2");
    }

    @Test
    void thePdfsKeptAreThoseOfTheFiveMostUrgentItemsRedThenUrgentThenYellowThenEarliestDue() {
        List<JsonNode> turns = List.of(
                turn("t1", "green-early", "2026-11-21", "GREEN", "NORMAL"),
                turn("t2", "yellow", "2026-12-20", "YELLOW", "NORMAL"),
                turn("t3", "red", "2026-12-30", "RED", "NORMAL"),
                turn("t4", "urgent", "2026-12-25", "GREEN", "URGENT"),
                turn("t5", "green-mid", "2026-11-28", "GREEN", "NORMAL"),
                turn("t6", "green-late", "2026-12-31", "GREEN", "NORMAL"),
                turn("t7", "green-next", "2026-11-29", "GREEN", "NORMAL"));
        Map<String, JsonNode> items = new LinkedHashMap<>();
        turns.forEach(turn -> items.put(turn.path("correspondenceId").asText(),
                item(turn.path("correspondenceId").asText(), 1)));

        assertThat(snapshot(turns, items).itemsWithPdfKept())
                .containsExactly("red", "urgent", "yellow", "green-early", "green-mid");
    }

    @Test
    void anItemWithoutAPdfYetKeepsNoPdfAndAProcessingPageHasNoThumbnail() {
        ObjectNode processing = (ObjectNode) item("c1", 2);
        ((ObjectNode) processing.path("scans")).putNull("pdf");
        ((ObjectNode) processing.path("scans").path("pages").path(1)).putNull("thumbnail");
        OfflineSnapshot snapshot = snapshot(List.of(turn("t1", "c1", "2026-11-25", "RED", "NORMAL")),
                Map.of("c1", processing));

        JsonNode json = snapshot.toJson(ZoneId.of("America/Mexico_City"), "es-MX", Map.of());

        assertThat(snapshot.itemsWithPdfKept()).isEmpty();
        assertThat(json.path("items").path("c1").path("pdf").isMissingNode()).isTrue();
        assertThat(json.path("items").path("c1").path("hasPdf").asBoolean()).isFalse();
        assertThat(json.path("items").path("c1").path("pages").path(1).path("thumbnail").isNull()).isTrue();
        assertThat(json.path("files")).hasSize(1);
    }

    @Test
    void theJsonSaysWhoseCopyItIsWhenItWasTakenAndListsEveryFileToKeepWithItsContentVersion() {
        OfflineSnapshot snapshot = snapshot(List.of(turn("t1", "c1", "2026-11-25", "RED", "NORMAL")),
                Map.of("c1", item("c1", 2)));

        JsonNode json = snapshot.toJson(ZoneId.of("America/Mexico_City"), "en", Map.of("banner", "Offline — {0}"));

        assertThat(json.path("takenAt").asText()).isEqualTo("2026-11-20T16:42:00Z");
        assertThat(json.path("timeZone").asText()).isEqualTo("America/Mexico_City");
        assertThat(json.path("user").path("id").asText()).isEqualTo("u1");
        assertThat(json.path("labels").path("banner").asText()).isEqualTo("Offline — {0}");
        assertThat(json.path("files")).extracting(JsonNode::asText).containsExactly(
                "device/files/c1/pages/1/thumbnail?v=ab0cdef012345678",
                "device/files/c1/pages/2/thumbnail?v=ab1cdef012345678",
                "device/files/c1/pdf?v=0123456789abcdef");
        assertThat(json.path("items").path("c1").path("pdf").asText())
                .isEqualTo("device/files/c1/pdf?v=0123456789abcdef");
    }

    @Test
    void onlyTheLatestTimelineEntriesAndABoundedNumberOfThumbnailsAreKept() {
        OfflineSnapshot snapshot = snapshot(List.of(turn("t1", "c1", "2026-11-25", null, "NORMAL")),
                Map.of("c1", item("c1", OfflineSnapshot.THUMBNAILS_PER_ITEM + 3)));

        JsonNode item = snapshot.toJson(ZoneId.of("UTC"), "es-MX", Map.of()).path("items").path("c1");

        assertThat(item.path("timeline")).extracting(entry -> entry.path("type").asText())
                .containsExactly("e2", "e3", "e4", "e5", "e6");
        assertThat(item.path("pages")).hasSize(OfflineSnapshot.THUMBNAILS_PER_ITEM);
    }

    @Test
    void anItemTheApiRefusedIsLeftOutWithItsFiles() {
        OfflineSnapshot snapshot = snapshot(List.of(turn("t1", "c1", "2026-11-25", "RED", "NORMAL"),
                turn("t2", "gone", "2026-11-26", "RED", "NORMAL")), Map.of("c1", item("c1", 1)));

        JsonNode json = snapshot.toJson(ZoneId.of("UTC"), "es-MX", Map.of());

        assertThat(json.path("items").has("gone")).isFalse();
        assertThat(json.path("files").toString()).doesNotContain("gone");
        assertThat(snapshot.itemsWithPdfKept()).containsExactly("c1");
    }
}
