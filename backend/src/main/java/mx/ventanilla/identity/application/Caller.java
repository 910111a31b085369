package mx.ventanilla.identity.application;

import java.util.Optional;

import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.User;

/**
 * Who the caller is, as the {@code me} query tells it.
 *
 * @param principal what the credentials say: subject, kind, roles, scopes
 * @param user      the stored user, for staff users; absent for service accounts
 * @param unit      the caller's unit, when it exists
 */
public record Caller(Principal principal, Optional<User> user, Optional<OrgUnit> unit) {
}
