package mx.ventanilla.audit.graphql;

import mx.ventanilla.audit.application.RecordingAuditEvent;
import mx.ventanilla.audit.model.AuditFacts;
import mx.ventanilla.platform.graphql.MutationObserver;

/**
 * Records an audit event for every executed mutation, successful or not. The mutation has already happened when this
 * runs, so a failure to record is logged (with everything the event would have held) rather than turned into an
 * error for a change that was made.
 */
public final class AuditingMutationObserver implements MutationObserver {

    private static final System.Logger LOG = System.getLogger(AuditingMutationObserver.class.getName());

    private final RecordingAuditEvent recording;

    public AuditingMutationObserver(RecordingAuditEvent recording) {
        this.recording = recording;
    }

    @Override
    public void mutationCompleted(MutationOutcome outcome) {
        try {
            recording.record(MutationFacts.of(outcome));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "AUDIT EVENT NOT RECORDED: " + describe(outcome), e);
        }
    }

    private static String describe(MutationOutcome outcome) {
        try {
            AuditFacts facts = MutationFacts.of(outcome);
            return facts.action() + " by " + facts.actor() + " on " + facts.targetId().orElse("-") + ": "
                    + facts.outcome() + ", request " + facts.requestId() + " from " + facts.clientAddress()
                    + ", arguments " + facts.argumentNames();
        } catch (RuntimeException e) {
            return outcome.mutation() + ", request " + outcome.context().requestId();
        }
    }
}
