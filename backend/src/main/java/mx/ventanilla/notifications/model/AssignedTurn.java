package mx.ventanilla.notifications.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A turn as notifications see it: who holds it and what to say about it.
 *
 * @param turnId           the turn
 * @param correspondenceId its item
 * @param folio            the item's folio
 * @param subject          the item's subject
 * @param recipientUnitId  the unit it was sent to
 * @param recipientUserId  the person it names, if any
 * @param grants           for a RESERVED item the only users who may see it; empty otherwise
 * @param dueDate          its due date
 * @param yellowFrom       the first day it shows YELLOW
 */
public record AssignedTurn(String turnId, String correspondenceId, String folio, String subject,
                           String recipientUnitId, Optional<String> recipientUserId, List<String> grants,
                           LocalDate dueDate, LocalDate yellowFrom) {

    public AssignedTurn {
        grants = List.copyOf(grants);
    }
}
