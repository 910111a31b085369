package mx.ventanilla.audit.application;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ForbiddenException;

/** Reading the audit trail is for auditors and administrators. */
final class AuditorsOnly {

    private AuditorsOnly() {
    }

    static void require(Principal caller) {
        if (!caller.hasAnyRole(Role.AUDITOR, Role.ADMIN)) {
            throw new ForbiddenException("Only auditors and administrators may read the audit trail.");
        }
    }
}
