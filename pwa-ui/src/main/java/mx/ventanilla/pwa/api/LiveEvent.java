package mx.ventanilla.pwa.api;

import java.util.Optional;

/**
 * A change of a turn, as the backend's subscriptions stream it.
 *
 * @param sequence         its position in the backend's outbox
 * @param type             {@code turnAssigned} or {@code turnUpdated}
 * @param correspondenceId the item concerned
 * @param folio            the item's folio
 * @param subject          the item's subject
 * @param recipientUnitId  the unit the turn is addressed to
 * @param recipientUserId  the person the turn names
 */
public record LiveEvent(String sequence, String type, String correspondenceId, String folio, String subject,
                        Optional<String> recipientUnitId, Optional<String> recipientUserId) {

    /** Whether this is a new turn for the user with this id, in this unit. */
    public boolean isNewTurnFor(String userId, String unitId) {
        if (!"turnAssigned".equals(type)) {
            return false;
        }
        return recipientUserId.map(userId::equals).orElseGet(() -> recipientUnitId.map(unitId::equals).orElse(false));
    }
}
