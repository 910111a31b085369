package mx.ventanilla.correspondence.application;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ForbiddenException;

/** Looking after the object store is for administrators. */
final class AdministratorsOnly {

    private AdministratorsOnly() {
    }

    static void require(Principal caller, String action) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator (role ADMIN) may " + action + ".");
        }
    }
}
