package mx.ventanilla.audit.application;

import mx.ventanilla.audit.model.AuditChainVerification;
import mx.ventanilla.audit.model.AuditTrail;
import mx.ventanilla.audit.model.ChainVerifier;
import mx.ventanilla.identity.model.Principal;

/**
 * Walks the whole audit trail from the first event, recomputing every hash and link, and reports the first break.
 * It streams: memory use does not grow with the trail.
 */
public final class VerifyingAuditChain {

    private final AuditTrail trail;

    public VerifyingAuditChain(AuditTrail trail) {
        this.trail = trail;
    }

    public AuditChainVerification verify(Principal caller) {
        AuditorsOnly.require(caller);
        ChainVerifier verifier = new ChainVerifier();
        trail.walk(verifier::accept);
        return verifier.result();
    }
}
