package mx.ventanilla.identity.model;

import java.util.List;
import java.util.Set;

/**
 * Who is calling: a staff user or an integrator's service account, with what it may reach.
 *
 * @param subjectId the user's or service account's id
 * @param kind      user or service account
 * @param name      username or client id, for logs and the audit trail
 * @param roles     roles held; a service account holds none and is limited by its scopes instead
 * @param unitId    the unit the caller belongs to; it sees that unit and the units below it
 * @param scopes    for service accounts the scopes granted to this token; empty for users
 */
public record Principal(String subjectId, Kind kind, String name, Set<Role> roles, String unitId, Set<String> scopes) {

    /** The two kinds of caller. */
    public enum Kind { USER, SERVICE_ACCOUNT }

    public Principal {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        return List.of(wanted).stream().anyMatch(roles::contains);
    }

    /** ADMIN and AUDITOR see every unit's data. */
    public boolean seesAllUnits() {
        return hasAnyRole(Role.ADMIN, Role.AUDITOR);
    }

    /** An AUDITOR who is not also ADMIN may read but never change anything. */
    public boolean isReadOnly() {
        return hasRole(Role.AUDITOR) && !hasRole(Role.ADMIN);
    }

    /** Users are limited by their roles; service accounts also by the scopes in their token. */
    public boolean grantsScope(String scope) {
        return kind == Kind.USER || scopes.contains(scope);
    }
}
