package mx.ventanilla.identity.application;

import java.util.Optional;
import java.util.UUID;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.InputRules;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.ConflictException;

/** Adds a staff user to an active unit (ADMIN only); usernames and email addresses are unique. */
public final class CreatingUser {

    private final Users users;
    private final OrgUnits units;

    public CreatingUser(Users users, OrgUnits units) {
        this.users = users;
        this.units = units;
    }

    public User create(Principal caller, NewUser command) {
        AccessPolicy.requireAdmin(caller);
        String username = InputRules.normalizeUsername(command.username());
        String email = InputRules.normalizeEmail(command.email());
        String fullName = command.fullName().strip();
        Problems problems = new Problems();
        problems.check("username", InputRules.usernameProblem(username));
        problems.check("fullName", InputRules.nameProblem("full name", fullName));
        problems.check("email", InputRules.emailProblem(email));
        UserRules.checkRoles(command.roles(), problems);
        UserRules.checkUnit(units, command.unitId(), problems);
        problems.throwIfAny();
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("The username " + username + " is already taken; choose another.");
        }
        if (users.findByEmail(email).isPresent()) {
            throw new ConflictException("The email address " + email + " already belongs to another user.");
        }
        User user = new User(UUID.randomUUID().toString(), username, fullName, email, command.roles(),
                command.unitId(), true, 1);
        users.insert(user, Optional.empty());
        return user;
    }
}
