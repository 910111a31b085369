package mx.ventanilla.reporting.model;

import java.time.Instant;

import mx.ventanilla.correspondence.model.Confidentiality;
import mx.ventanilla.correspondence.model.Priority;

/**
 * One line of a correspondence search or export.
 *
 * @param id               the item's id
 * @param folio            its folio
 * @param subject          its subject
 * @param senderName       who sent it, as shown
 * @param documentType     oficio, memorándum, circular...
 * @param priority         how urgent it is
 * @param confidentiality  PUBLIC or RESERVED (a RESERVED row reaches only users in its grants)
 * @param status           REGISTERED, IN_PROCESS, CONCLUDED or ARCHIVED
 * @param receivedAt       when the registry desk received it
 * @param registeredUnitId the unit that registered it
 */
public record CorrespondenceRow(String id, String folio, String subject, String senderName, String documentType,
                                Priority priority, Confidentiality confidentiality, String status, Instant receivedAt,
                                String registeredUnitId) {

    /** The keyset position of this row; the next page starts after it. */
    public CorrespondencePosition position() {
        return new CorrespondencePosition(receivedAt, id);
    }
}
