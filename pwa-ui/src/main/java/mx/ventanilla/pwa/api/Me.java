package mx.ventanilla.pwa.api;

import java.util.List;
import java.util.Optional;

/**
 * The caller as the API's {@code me} query describes it.
 *
 * @param name     the username (or a service account's client id)
 * @param fullName the person's name; empty for a service account
 * @param roles    role names such as {@code OFFICER}
 * @param unit     the caller's unit, when it has one
 */
public record Me(String name, Optional<String> fullName, List<String> roles, Optional<Unit> unit) {

    public Me {
        roles = List.copyOf(roles);
    }

    /**
     * A unit of the organisation tree.
     *
     * @param code its short code, e.g. {@code DCG}
     * @param name its full name
     */
    public record Unit(String code, String name) {
    }
}
