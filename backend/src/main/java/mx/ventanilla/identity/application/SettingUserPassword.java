package mx.ventanilla.identity.application;

import java.util.List;
import java.util.Map;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.PasswordHasher;
import mx.ventanilla.identity.model.PasswordPolicy;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.error.NotFoundException;

/**
 * Sets a user's password (ADMIN only): checked against the {@link PasswordPolicy}, stored only as a hash, and the
 * user's version is bumped.
 */
public final class SettingUserPassword {

    private final Users users;
    private final PasswordHasher hasher;

    public SettingUserPassword(Users users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    public User setPassword(Principal caller, String userId, String password) {
        AccessPolicy.requireAdmin(caller);
        User user = users.findById(userId)
                .orElseThrow(() -> new NotFoundException("No user with id " + userId + "."));
        List<String> problems = PasswordPolicy.problems(user.username(), password);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(" ", problems),
                    Map.of("field", "password", "problems", problems));
        }
        return users.setPasswordHash(user.id(), hasher.hash(password.toCharArray()));
    }
}
