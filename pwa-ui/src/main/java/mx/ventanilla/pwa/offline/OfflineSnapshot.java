package mx.ventanilla.pwa.offline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The offline copy of one user's open turns as the device stores it: who it belongs to, when it was taken, the
 * turns (inbox order, earliest due first), their items with a timeline summary and the app-relative paths of the
 * files to keep (every page thumbnail, and the PDF of the {@value #PDFS_KEPT} items with the most urgent turns), and
 * the offline shell's words in the user's language.
 *
 * @param owner   whose copy it is
 * @param takenAt when the API was asked
 * @param turns   the open turns, each once
 * @param items   the items of those turns by id, as the API gave them; items the API refused are absent
 */
public record OfflineSnapshot(Owner owner, Instant takenAt, List<JsonNode> turns, Map<String, JsonNode> items) {

    /** Items whose full PDF is kept. */
    public static final int PDFS_KEPT = 5;
    /** Page thumbnails kept per item. */
    public static final int THUMBNAILS_PER_ITEM = 20;
    /** Timeline entries kept per item (the latest). */
    public static final int TIMELINE_ENTRIES = 5;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public OfflineSnapshot {
        turns = List.copyOf(turns);
        items = Map.copyOf(items);
    }

    /**
     * Whose copy it is.
     *
     * @param id       the user's id
     * @param username the sign-in name
     * @param fullName the person's name
     * @param unit     the unit's name and code, as shown, or empty
     */
    public record Owner(String id, String username, String fullName, String unit) {
    }

    /**
     * The open turns of the API's {@code mine} and {@code unit} lists, each turn once (marked {@code mine} when it
     * names the caller), earliest due first.
     */
    public static List<JsonNode> openTurns(JsonNode data) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        data.path("mine").path("nodes").forEach(turn -> byId.put(turn.path("id").asText(),
                ((ObjectNode) turn.deepCopy()).put("mine", true)));
        data.path("unit").path("nodes").forEach(turn -> byId.putIfAbsent(turn.path("id").asText(),
                ((ObjectNode) turn.deepCopy()).put("mine", false)));
        List<JsonNode> turns = new ArrayList<>(byId.values());
        turns.sort(java.util.Comparator.comparing(turn -> turn.path("dueDate").asText()));
        return turns;
    }

    /** The ids of the items of {@code turns}, each once, in turn order. */
    public static Set<String> itemIds(List<JsonNode> turns) {
        Set<String> ids = new LinkedHashSet<>();
        turns.forEach(turn -> ids.add(turn.path("correspondenceId").asText()));
        return ids;
    }

    /** The ids of the items whose PDF is kept: those of the most urgent turns, at most {@value #PDFS_KEPT}. */
    public Set<String> itemsWithPdfKept() {
        Set<String> ids = new LinkedHashSet<>();
        turns.stream().sorted(Urgency.MOST_URGENT_FIRST)
                .map(turn -> turn.path("correspondenceId").asText())
                .filter(id -> hasPdf(items.get(id)))
                .forEach(id -> {
                    if (ids.size() < PDFS_KEPT) {
                        ids.add(id);
                    }
                });
        return ids;
    }

    /** The JSON the device stores, with the institution's time zone and the shell's words. */
    public ObjectNode toJson(ZoneId timeZone, String language, Map<String, String> labels) {
        ObjectNode json = JSON.objectNode();
        json.put("takenAt", takenAt.toString()).put("timeZone", timeZone.getId()).put("lang", language);
        json.putObject("user").put("id", owner.id()).put("username", owner.username())
                .put("fullName", owner.fullName()).put("unit", owner.unit());
        ObjectNode words = json.putObject("labels");
        labels.forEach(words::put);
        json.putArray("turns").addAll(turns);
        Set<String> pdfs = itemsWithPdfKept();
        ObjectNode itemsJson = json.putObject("items");
        ArrayNode files = json.putArray("files");
        items.forEach((id, item) -> itemsJson.set(id, item(id, item, pdfs.contains(id), files)));
        return json;
    }

    private static ObjectNode item(String id, JsonNode item, boolean keepPdf, ArrayNode files) {
        ObjectNode json = JSON.objectNode();
        for (String field : List.of("id", "folio", "subject", "summary", "documentType", "receivedAt", "priority",
                "status", "sender", "addresseeUnit")) {
            json.set(field, item.path(field).isMissingNode() ? JSON.nullNode() : item.path(field).deepCopy());
        }
        json.set("pages", pages(id, item.path("scans").path("pages"), files));
        json.put("hasPdf", hasPdf(item));
        if (keepPdf) {
            String pdf = path(id) + "/pdf" + version(item.path("scans").path("pdf"));
            json.put("pdf", pdf);
            files.add(pdf);
        }
        json.set("timeline", latestEntries(item.path("timeline").path("nodes")));
        return json;
    }

    private static ArrayNode pages(String id, JsonNode pages, ArrayNode files) {
        ArrayNode json = JSON.arrayNode();
        for (int page = 0; page < Math.min(pages.size(), THUMBNAILS_PER_ITEM); page++) {
            JsonNode thumbnail = pages.path(page).path("thumbnail");
            ObjectNode entry = json.addObject().put("width", pages.path(page).path("width").asInt())
                    .put("height", pages.path(page).path("height").asInt());
            if (thumbnail.isObject()) {
                String path = path(id) + "/pages/" + (page + 1) + "/thumbnail" + version(thumbnail);
                entry.put("thumbnail", path);
                files.add(path);
            } else {
                entry.putNull("thumbnail");
            }
        }
        return json;
    }

    private static ArrayNode latestEntries(JsonNode timeline) {
        ArrayNode json = JSON.arrayNode();
        for (int entry = Math.max(0, timeline.size() - TIMELINE_ENTRIES); entry < timeline.size(); entry++) {
            JsonNode node = timeline.path(entry);
            json.addObject().put("type", node.path("type").asText()).put("at", node.path("at").asText())
                    .put("actor", node.path("actor").path("name").asText());
        }
        return json;
    }

    private static boolean hasPdf(JsonNode item) {
        return item != null && item.path("scans").path("pdf").isObject();
    }

    /** A query naming the file's content, so a cached copy is never stale: a changed file gets a new URL. */
    private static String version(JsonNode file) {
        String sha256 = file.path("sha256").asText("");
        return sha256.isEmpty() ? "" : "?v=" + sha256.substring(0, Math.min(16, sha256.length()));
    }

    private static String path(String id) {
        return "device/files/" + id;
    }
}
