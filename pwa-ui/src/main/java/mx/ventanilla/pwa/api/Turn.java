package mx.ventanilla.pwa.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A turn as the inbox and the item's turn tree show it.
 *
 * @param id               the turn's id
 * @param correspondenceId the item it routes
 * @param folio            the item's folio
 * @param subject          the item's subject (asunto)
 * @param senderName       the item's sender (remitente)
 * @param level            0 for turns of the item, 1 for their sub-turns, and so on
 * @param recipientUnit    the unit it is addressed to
 * @param recipientUserId  the person it names, if any
 * @param instruction      ATTENTION, KNOWLEDGE, SIGNATURE or REPORT
 * @param instructions     the issuer's words
 * @param dueDate          when it is due
 * @param trafficLight     GREEN, YELLOW or RED while the turn is open
 * @param state            SENT, RECEIVED, ANSWERED...
 * @param version          pass as {@code expectedVersion} to refuse acting on a stale view
 */
public record Turn(String id, String correspondenceId, String folio, String subject, String senderName, int level,
                   UnitRef recipientUnit, Optional<String> recipientUserId, String instruction, String instructions,
                   LocalDate dueDate, Optional<String> trafficLight, String state, int version) {

    /** The GraphQL selection that fills a {@link Turn}. */
    static final String FIELDS = "id correspondenceId folio subject senderName level recipientUnit { id code name }"
            + " recipientUserId instruction instructions dueDate trafficLight state version";

    /** Whether the user with this id, in this unit, is the one who receives and answers the turn. */
    public boolean isHeldBy(String userId, String unitId) {
        return recipientUserId.map(userId::equals).orElseGet(() -> recipientUnit.id().equals(unitId));
    }

    /** Whether its holder may answer it now. */
    public boolean isAnswerable() {
        return "RECEIVED".equals(state) || "RETURNED".equals(state);
    }

    /**
     * A unit as named in correspondence.
     *
     * @param id   its id
     * @param code its short code, e.g. {@code DPV}
     * @param name its full name
     */
    public record UnitRef(String id, String code, String name) {
    }
}
