package mx.ventanilla.audit.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One link of the audit chain: the facts, their place in the sequence, when they were recorded, the hash of the
 * event before and this event's own hash over all of it (see {@link AuditHash}).
 *
 * @param sequence     position in the chain, starting at 1, without gaps
 * @param timestamp    when it was recorded, to the millisecond (what MongoDB keeps)
 * @param facts        what happened
 * @param previousHash the hash of event {@code sequence - 1}, or {@link AuditHash#GENESIS} for the first
 * @param hash         SHA-256 of this event's canonical form
 */
public record AuditEvent(long sequence, Instant timestamp, AuditFacts facts, String previousHash, String hash) {

    /** Gives the facts their place after {@code previous} and computes their hash. */
    public static AuditEvent seal(ChainHead previous, Instant timestamp, AuditFacts facts) {
        long sequence = previous.sequence() + 1;
        Instant recorded = timestamp.truncatedTo(ChronoUnit.MILLIS);
        String hash = AuditHash.of(sequence, recorded, facts, previous.hash());
        return new AuditEvent(sequence, recorded, facts, previous.hash(), hash);
    }

    /** The hash this event's content has now, to compare with the one stored. */
    public String recomputedHash() {
        return AuditHash.of(sequence, timestamp, facts, previousHash);
    }

    public ChainHead asHead() {
        return new ChainHead(sequence, hash);
    }
}
