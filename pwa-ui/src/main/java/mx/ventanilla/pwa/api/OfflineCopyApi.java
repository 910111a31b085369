package mx.ventanilla.pwa.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The GraphQL calls behind the offline copy: the caller's open turns (their own and their unit's), one item with what
 * the offline item view shows, and the short-lived URL of one of an item's scan files. Every call runs as the caller,
 * so the backend decides what may be copied to the device.
 */
public final class OfflineCopyApi {

    /** Turns per inbox (mine, my unit's) in one copy. */
    public static final int TURNS_PER_INBOX = 50;

    private static final String TURN_FIELDS = """
            { id correspondenceId folio subject instruction instructions dueDate trafficLight businessDaysLeft \
            priority state recipientUnit { code name } issuerUnit { code name } }""";
    private static final String OPEN_TURNS = """
            query OfflineTurns($first: Int!, $filter: InboxFilter!) {
              me { name user { fullName } unit { code name } }
              mine: myTurns(first: $first, filter: $filter) { nodes %1$s }
              unit: unitTurns(first: $first, filter: $filter) { nodes %1$s }
            }""".formatted(TURN_FIELDS);
    private static final String ITEM = """
            query OfflineItem($id: ID!) {
              correspondence(id: $id) {
                id folio subject summary documentType receivedAt priority status
                sender { name organisation }
                addresseeUnit { code name }
                scans { pdf { sha256 } pages { width height thumbnail { sha256 } } }
                timeline(first: 100) { nodes { type at actor { name } } }
              }
            }""";
    private static final String SCAN_FILES = """
            query OfflineScanFiles($id: ID!) {
              correspondence(id: $id) { scans { pdf { url contentType } pages { thumbnail { url contentType } } } }
            }""";

    private final VentanillaApi api;

    public OfflineCopyApi(VentanillaApi api) {
        this.api = api;
    }

    /** {@code me}, and the open (sent, received, returned) turns of {@code mine} and {@code unit}, earliest due first. */
    public JsonNode openTurns(String accessToken) {
        return api.call(OPEN_TURNS, Map.of("first", TURNS_PER_INBOX,
                "filter", Map.of("states", List.of("SENT", "RECEIVED", "RETURNED"))), accessToken);
    }

    /** The item {@code correspondenceId} as the offline item view shows it; NOT_FOUND when the caller may not see it. */
    public JsonNode item(String correspondenceId, String accessToken) {
        return api.call(ITEM, Map.of("id", correspondenceId), accessToken).path("correspondence");
    }

    /**
     * Where to fetch one scan file of an item right now (a presigned URL valid minutes) and its type; empty when the
     * item has no such file yet (no scans, a page number past the end, or a file still being processed).
     */
    public Optional<ScanFile> scanFile(String correspondenceId, ScanFile.Kind kind, int page, String accessToken) {
        JsonNode scans = api.call(SCAN_FILES, Map.of("id", correspondenceId), accessToken)
                .path("correspondence").path("scans");
        JsonNode file = switch (kind) {
            case PDF -> scans.path("pdf");
            case THUMBNAIL -> scans.path("pages").path(page).path("thumbnail");
        };
        if (!file.path("url").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new ScanFile(URI.create(file.path("url").asText()),
                file.path("contentType").asText("application/octet-stream")));
    }

    /**
     * One scan file to fetch.
     *
     * @param url         the presigned URL, reachable from this server
     * @param contentType its media type
     */
    public record ScanFile(URI url, String contentType) {

        /** Which file of a scan set. */
        public enum Kind { PDF, THUMBNAIL }
    }
}
