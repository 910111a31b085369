package mx.ventanilla.identity.application;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.InputRules;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.NotFoundException;

/**
 * Changes a user's name, email, roles, unit or activity (ADMIN only), guarded by the version the editor read: a
 * stale version is a conflict, so two administrators never silently overwrite each other. Administrators cannot
 * deactivate themselves or drop their own ADMIN role, so the institution is never locked out by accident.
 */
public final class UpdatingUser {

    private final Users users;
    private final OrgUnits units;

    public UpdatingUser(Users users, OrgUnits units) {
        this.users = users;
        this.units = units;
    }

    public User update(Principal caller, String id, UserChanges changes) {
        AccessPolicy.requireAdmin(caller);
        User current = users.findById(id).orElseThrow(() -> new NotFoundException("No user with id " + id + "."));
        if (current.version() != changes.expectedVersion()) {
            throw staleVersion(current);
        }
        User updated = new User(current.id(), current.username(),
                changes.fullName().map(String::strip).orElse(current.fullName()),
                changes.email().map(InputRules::normalizeEmail).orElse(current.email()),
                changes.roles().orElse(current.roles()),
                changes.unitId().orElse(current.unitId()),
                changes.active().orElse(current.active()),
                current.version());
        validate(caller, changes, updated);
        if (!updated.email().equals(current.email()) && users.findByEmail(updated.email()).isPresent()) {
            throw new ConflictException("The email address " + updated.email() + " already belongs to another user.");
        }
        return users.update(updated);
    }

    private void validate(Principal caller, UserChanges changes, User updated) {
        Problems problems = new Problems();
        problems.check("fullName", InputRules.nameProblem("full name", updated.fullName()));
        problems.check("email", InputRules.emailProblem(updated.email()));
        UserRules.checkRoles(updated.roles(), problems);
        changes.unitId().ifPresent(unitId -> UserRules.checkUnit(units, unitId, problems));
        boolean self = caller.subjectId().equals(updated.id());
        if (self && !updated.active()) {
            problems.add("active", "You cannot deactivate your own account; ask another administrator.");
        }
        if (self && !updated.roles().contains(Role.ADMIN)) {
            problems.add("roles", "You cannot remove your own ADMIN role; ask another administrator.");
        }
        problems.throwIfAny();
    }

    private static ConflictException staleVersion(User current) {
        return new ConflictException("User " + current.username() + " was changed by someone else (it is now at"
                + " version " + current.version() + "); reload it and apply your change again.");
    }
}
