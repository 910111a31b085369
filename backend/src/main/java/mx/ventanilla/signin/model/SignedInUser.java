package mx.ventanilla.signin.model;

import java.util.Set;

import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;

/** Who a session belongs to, as the client needs to know right after signing in. */
public record SignedInUser(String id, String username, String fullName, Set<Role> roles, String unitId) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public static SignedInUser of(User user) {
        return new SignedInUser(user.id(), user.username(), user.fullName(), user.roles(), user.unitId());
    }
}
