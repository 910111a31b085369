package mx.ventanilla.live.model;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.Principal;

/**
 * Who may receive an outbox message: for a RESERVED item only the users in its grants; otherwise whoever may see one
 * of its audience units under {@link AccessPolicy} (ADMIN and AUDITOR every unit). Service accounts also need the
 * {@value #READ_SCOPE} scope.
 */
public final class Audience {

    public static final String READ_SCOPE = "correspondence:read";

    private Audience() {
    }

    public static boolean mayReceive(Principal caller, OutboxMessage message) {
        if (!caller.grantsScope(READ_SCOPE)) {
            return false;
        }
        if (message.isReserved()) {
            return message.grants().contains(caller.subjectId());
        }
        return AccessPolicy.canSee(caller, message.audiencePath());
    }
}
