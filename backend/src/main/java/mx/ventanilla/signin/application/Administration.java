package mx.ventanilla.signin.application;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ForbiddenException;

/** Who may administer service accounts: administrators change them, auditors may also read them. */
final class Administration {

    private Administration() {
    }

    static void requireAdministrator(Principal caller) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators can manage service accounts.");
        }
    }

    static void requireReader(Principal caller) {
        if (!caller.hasAnyRole(Role.ADMIN, Role.AUDITOR)) {
            throw new ForbiddenException("Only administrators and auditors can list service accounts.");
        }
    }
}
