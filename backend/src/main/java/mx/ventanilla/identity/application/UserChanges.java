package mx.ventanilla.identity.application;

import java.util.Optional;
import java.util.Set;

import mx.ventanilla.identity.model.Role;

/**
 * The command to change a user, based on the version the editor read; every other part is optional and what is
 * absent stays as it is. The username never changes: it is how people sign in and how the audit trail names them.
 *
 * @param expectedVersion the version the change is based on; a different stored version means someone else changed
 *                        the user first
 * @param fullName        a new full name
 * @param email           a new email address
 * @param roles           the new complete set of roles
 * @param unitId          a new unit
 * @param active          deactivate ({@code false}) or reactivate ({@code true})
 */
public record UserChanges(long expectedVersion, Optional<String> fullName, Optional<String> email,
                          Optional<Set<Role>> roles, Optional<String> unitId, Optional<Boolean> active) {

    public static Builder basedOn(long expectedVersion) {
        return new Builder(expectedVersion);
    }

    /** Builds the changes. */
    public static final class Builder {
        private final long expectedVersion;
        private Optional<String> fullName = Optional.empty();
        private Optional<String> email = Optional.empty();
        private Optional<Set<Role>> roles = Optional.empty();
        private Optional<String> unitId = Optional.empty();
        private Optional<Boolean> active = Optional.empty();

        private Builder(long expectedVersion) {
            this.expectedVersion = expectedVersion;
        }

        public Builder fullName(String fullName) {
            this.fullName = Optional.of(fullName);
            return this;
        }

        public Builder email(String email) {
            this.email = Optional.of(email);
            return this;
        }

        public Builder roles(Set<Role> roles) {
            this.roles = Optional.of(Set.copyOf(roles));
            return this;
        }

        public Builder unit(String unitId) {
            this.unitId = Optional.of(unitId);
            return this;
        }

        public Builder active(boolean active) {
            this.active = Optional.of(active);
            return this;
        }

        public UserChanges build() {
            return new UserChanges(expectedVersion, fullName, email, roles, unitId, active);
        }
    }
}
