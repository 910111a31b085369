package mx.ventanilla.audit.model;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The append-only store of audit events. It offers no way to change or remove an event: what is written stays, and
 * changes made behind its back show up in {@link ChainVerifier}.
 */
public interface AuditTrail {

    /**
     * Appends the facts as the next event of the chain and returns it. Appends are linear even when several
     * instances append at once: each event links to exactly the event before it.
     */
    AuditEvent append(Instant timestamp, AuditFacts facts);

    /** Events matching the query, newest first. */
    List<AuditEvent> newestFirst(AuditEventQuery query);

    /** Visits every stored event in sequence order, streaming, until the visitor returns {@code false}. */
    void walk(Predicate<StoredAuditEvent> visitor);
}
