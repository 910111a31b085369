package mx.ventanilla.identity.model;

import java.util.Set;

/**
 * A staff user ("servidor público").
 *
 * @param id       stable identifier
 * @param username unique sign-in name, lower case
 * @param fullName as shown to others
 * @param email    contact address, also used to match external identity-provider accounts
 * @param roles    what the user may do
 * @param unitId   the unit the user belongs to
 * @param active   inactive users cannot sign in
 * @param version  optimistic-locking counter, bumped by every change
 */
public record User(String id, String username, String fullName, String email, Set<Role> roles, String unitId,
                   boolean active, long version) {

    public User {
        roles = Set.copyOf(roles);
    }
}
