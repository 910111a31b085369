package mx.ventanilla.notifications.model;

import java.util.Map;

/**
 * The notifications' wording, in Spanish (the users' language), and the data the app opens them with. An English
 * variant is not sent: a push carries one language and the institution's staff read Spanish.
 */
public final class NotificationTexts {

    private NotificationTexts() {
    }

    public static PushMessage newTurn(AssignedTurn turn) {
        return message("Nuevo turno " + turn.folio(), turn);
    }

    public static PushMessage returnedResponse(AssignedTurn turn) {
        return message("Respuesta devuelta " + turn.folio(), turn);
    }

    public static PushMessage dueSoon(AssignedTurn turn) {
        return message("Turno por vencer " + turn.folio(), turn, "vence el " + turn.dueDate());
    }

    public static PushMessage overdue(AssignedTurn turn) {
        return message("Turno vencido " + turn.folio(), turn, "venció el " + turn.dueDate());
    }

    /** The path of the item in the app, e.g. {@code /documento/123}. */
    public static String urlOf(String correspondenceId) {
        return "/documento/" + correspondenceId;
    }

    private static PushMessage message(String title, AssignedTurn turn) {
        return new PushMessage(title, turn.subject(), data(turn));
    }

    private static PushMessage message(String title, AssignedTurn turn, String when) {
        return new PushMessage(title, turn.subject() + " (" + when + ")", data(turn));
    }

    private static Map<String, String> data(AssignedTurn turn) {
        return Map.of("correspondenceId", turn.correspondenceId(), "turnId", turn.turnId(), "folio", turn.folio(),
                "url", urlOf(turn.correspondenceId()));
    }
}
