package mx.ventanilla.identity.model;

import java.util.Optional;

/**
 * A page of users, ordered by username, with the caller's visibility already applied.
 *
 * @param withinUnitId    only users of this unit or units below it (the caller's visible subtree); empty for all
 * @param unitId          only members of this unit (or of its subtree with {@code includeSubunits})
 * @param includeSubunits whether {@code unitId} also matches members of the units below it
 * @param role            only holders of this role
 * @param active          only active or only inactive users
 * @param search          text contained in the username, full name or email (case and accents ignored)
 * @param afterUsername   the keyset position: users after this username
 * @param limit           how many to fetch
 */
public record UserQuery(Optional<String> withinUnitId, Optional<String> unitId, boolean includeSubunits,
                        Optional<Role> role, Optional<Boolean> active, Optional<String> search,
                        Optional<String> afterUsername, int limit) {

    /** The same query, narrowed to a unit's subtree. */
    public UserQuery restrictedTo(String unitId) {
        return new UserQuery(Optional.of(unitId), this.unitId, includeSubunits, role, active, search, afterUsername,
                limit);
    }

    public static Builder builder(int limit) {
        return new Builder(limit);
    }

    /** Builds a query; every criterion is optional. */
    public static final class Builder {
        private final int limit;
        private Optional<String> withinUnitId = Optional.empty();
        private Optional<String> unitId = Optional.empty();
        private boolean includeSubunits;
        private Optional<Role> role = Optional.empty();
        private Optional<Boolean> active = Optional.empty();
        private Optional<String> search = Optional.empty();
        private Optional<String> afterUsername = Optional.empty();

        private Builder(int limit) {
            this.limit = limit;
        }

        public Builder withinUnit(String id) {
            this.withinUnitId = Optional.of(id);
            return this;
        }

        public Builder unit(String id, boolean includeSubunits) {
            this.unitId = Optional.of(id);
            this.includeSubunits = includeSubunits;
            return this;
        }

        public Builder role(Role role) {
            this.role = Optional.of(role);
            return this;
        }

        public Builder active(boolean active) {
            this.active = Optional.of(active);
            return this;
        }

        public Builder search(String text) {
            this.search = Optional.of(text);
            return this;
        }

        public Builder after(String username) {
            this.afterUsername = Optional.of(username);
            return this;
        }

        public UserQuery build() {
            return new UserQuery(withinUnitId, unitId, includeSubunits, role, active, search, afterUsername, limit);
        }
    }
}
