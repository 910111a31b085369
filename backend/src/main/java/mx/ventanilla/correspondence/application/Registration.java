package mx.ventanilla.correspondence.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.correspondence.model.Confidentiality;
import mx.ventanilla.correspondence.model.Direction;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.Sender;

/**
 * A registration as the registry desk sends it (pages of the scan travel separately).
 *
 * @param references     folios this item answers or relates to ("en atención a")
 * @param grantedUserIds for RESERVED items, users to grant besides the officer and the addressee unit's managers
 * @param proposedTurns  turns the officer proposes, for a manager to approve, edit or reject
 * @param idempotencyKey a key of the client's choosing: a retry with the same key returns the first result
 */
public record Registration(Direction direction, String documentType, LocalDate documentDate, Instant receivedAt,
                           Sender sender, String addresseeUnitId, String subject, Optional<String> summary,
                           Priority priority, Confidentiality confidentiality, String archivalSeries,
                           List<String> references, List<String> grantedUserIds, List<TurnRequest> proposedTurns,
                           Optional<String> idempotencyKey) {

    public Registration {
        references = List.copyOf(references);
        grantedUserIds = List.copyOf(grantedUserIds);
        proposedTurns = List.copyOf(proposedTurns);
    }

    /** A digest of everything but the idempotency key, to tell a retry from a different registration. */
    String fingerprint() {
        String canonical = new Registration(direction, documentType, documentDate, receivedAt, sender,
                addresseeUnitId, subject, summary, priority, confidentiality, archivalSeries, references,
                grantedUserIds, proposedTurns, Optional.empty()).toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
