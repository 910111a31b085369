package mx.ventanilla.audit.application;

import java.time.Clock;

import mx.ventanilla.audit.model.AuditEvent;
import mx.ventanilla.audit.model.AuditFacts;
import mx.ventanilla.audit.model.AuditTrail;

/** Appends what happened to the audit trail, stamped with the current time. */
public final class RecordingAuditEvent {

    private final AuditTrail trail;
    private final Clock clock;

    public RecordingAuditEvent(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    public AuditEvent record(AuditFacts facts) {
        return trail.append(clock.instant(), facts);
    }
}
