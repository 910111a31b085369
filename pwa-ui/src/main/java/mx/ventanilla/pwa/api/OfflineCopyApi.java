package mx.ventanilla.pwa.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The GraphQL calls behind the offline copy: the caller's open turns (their own and their unit's), and one item with
 * what the offline item view shows. Every call runs as the caller, so the backend decides what may be copied to the
 * device.
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
}
