package mx.ventanilla.correspondence.infrastructure;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import mx.ventanilla.correspondence.model.Confidentiality;
import mx.ventanilla.correspondence.model.ListedTurn;

/**
 * The stored shape of a turn for other features' queries over the {@code turns} collection (the inbox): which fields
 * to project so that a document read by such a query becomes a whole {@link ListedTurn}, and the conversion.
 */
public final class TurnDocuments {

    /** Every stored field a {@code Turn} is made of, plus the item's confidentiality and grants. */
    public static final List<String> FIELDS = List.of("_id", "correspondenceId", "folio", "parentTurnId",
            "ancestorTurnIds", "issuerUnitId", "issuerUserId", "issuerName", "recipientUnitId", "recipientUserId",
            "recipientUnitPath", "instruction", "instructions", "dueDate", "yellowFrom", "priority", "state",
            "issuedAt", "receivedAt", "answeredAt", "concludedAt", "rating", "returnReason", "responses", "subject",
            "senderName", "documentType", "version", "confidentiality", "grants");

    private TurnDocuments() {
    }

    /**
     * A turn document read with at least {@link #FIELDS}. One without a confidentiality counts as RESERVED, so it is
     * never taken as visible on its own fields.
     */
    public static ListedTurn listed(Document document) {
        Confidentiality confidentiality = Optional.ofNullable(document.getString("confidentiality"))
                .map(Confidentiality::valueOf).orElse(Confidentiality.RESERVED);
        List<String> grants = Optional.ofNullable(document.getList("grants", String.class)).orElse(List.of());
        return new ListedTurn(Documents.toTurn(document), confidentiality, new HashSet<>(grants));
    }
}
