package mx.ventanilla.pwa.offline;

import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How urgent an open turn is, most urgent first: overdue (red), then urgent priority, then due soon (yellow), then the
 * earliest due date. The offline copy keeps the full PDF of the items of the most urgent turns.
 */
final class Urgency {

    /** Orders API turns (with {@code trafficLight}, {@code priority} and {@code dueDate}), most urgent first. */
    static final Comparator<JsonNode> MOST_URGENT_FIRST = Comparator
            .comparingInt(Urgency::rank)
            .thenComparing(turn -> turn.path("dueDate").asText("9999-12-31"));

    private Urgency() {
    }

    private static int rank(JsonNode turn) {
        if ("RED".equals(turn.path("trafficLight").asText())) {
            return 0;
        }
        if ("URGENT".equals(turn.path("priority").asText())) {
            return 1;
        }
        return "YELLOW".equals(turn.path("trafficLight").asText()) ? 2 : 3;
    }
}
