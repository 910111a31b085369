package mx.ventanilla.identity.application;

import java.util.List;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.UserQuery;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.NotFoundException;

/**
 * Reads staff users as the caller may see them: members of its own unit and the units below, or everyone for ADMIN
 * and AUDITOR. A user outside that subtree is reported as not found.
 */
public final class ReadingUsers {

    private final Users users;
    private final OrgUnits units;

    public ReadingUsers(Users users, OrgUnits units) {
        this.users = users;
        this.units = units;
    }

    public User user(Principal caller, String id) {
        return users.findById(id)
                .filter(user -> isVisible(caller, user))
                .orElseThrow(() -> new NotFoundException("No user with id " + id + "."));
    }

    /** A page of the visible users matching the query, ordered by username. */
    public List<User> users(Principal caller, UserQuery query) {
        return users.page(AccessPolicy.visibleSubtreeRoot(caller).map(query::restrictedTo).orElse(query));
    }

    private boolean isVisible(Principal caller, User user) {
        return caller.seesAllUnits()
                || units.findById(user.unitId()).filter(unit -> AccessPolicy.canSee(caller, unit)).isPresent();
    }
}
