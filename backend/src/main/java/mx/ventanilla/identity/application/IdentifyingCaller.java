package mx.ventanilla.identity.application;

import java.util.Optional;

import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.UnauthenticatedException;

/** Answers "who am I": the signed-in user with its unit and roles, or the service account behind a token. */
public final class IdentifyingCaller {

    private final Users users;
    private final OrgUnits units;

    public IdentifyingCaller(Users users, OrgUnits units) {
        this.users = users;
        this.units = units;
    }

    public Caller me(Principal principal) {
        if (principal.kind() == Principal.Kind.SERVICE_ACCOUNT) {
            return new Caller(principal, Optional.empty(), units.findById(principal.unitId()));
        }
        User user = users.findById(principal.subjectId())
                .filter(User::active)
                .orElseThrow(() -> new UnauthenticatedException(
                        "The account " + principal.name() + " no longer exists or was deactivated; sign in again."));
        return new Caller(principal, Optional.of(user), units.findById(user.unitId()));
    }
}
