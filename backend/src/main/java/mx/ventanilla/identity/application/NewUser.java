package mx.ventanilla.identity.application;

import java.util.Set;

import mx.ventanilla.identity.model.Role;

/**
 * The command to add a staff user. The user starts active and without a password: an administrator sets one with
 * {@link SettingUserPassword}, or the user signs in through the external identity provider.
 *
 * @param username unique sign-in name, any case (stored lower case)
 * @param fullName as shown to others
 * @param email    unique contact address
 * @param roles    at least one role
 * @param unitId   the unit the user belongs to
 */
public record NewUser(String username, String fullName, String email, Set<Role> roles, String unitId) {

    public NewUser {
        roles = Set.copyOf(roles);
    }
}
