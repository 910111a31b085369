package mx.ventanilla.identity.model;

import java.util.Optional;

/**
 * A page of org units, ordered by code, with the caller's visibility already applied.
 *
 * @param withinUnitId only this unit and the units below it (the caller's visible subtree); empty for all
 * @param parentId     only the direct children of this unit
 * @param kind         only units of this kind
 * @param active       only active or only inactive units
 * @param search       text contained in the code or name (case and accents ignored)
 * @param afterCode    the keyset position: units after this code
 * @param limit        how many to fetch
 */
public record OrgUnitQuery(Optional<String> withinUnitId, Optional<String> parentId, Optional<UnitKind> kind,
                           Optional<Boolean> active, Optional<String> search, Optional<String> afterCode, int limit) {

    /** The same query, narrowed to a unit's subtree. */
    public OrgUnitQuery restrictedTo(String unitId) {
        return new OrgUnitQuery(Optional.of(unitId), parentId, kind, active, search, afterCode, limit);
    }

    public static Builder builder(int limit) {
        return new Builder(limit);
    }

    /** Builds a query; every criterion is optional. */
    public static final class Builder {
        private final int limit;
        private Optional<String> withinUnitId = Optional.empty();
        private Optional<String> parentId = Optional.empty();
        private Optional<UnitKind> kind = Optional.empty();
        private Optional<Boolean> active = Optional.empty();
        private Optional<String> search = Optional.empty();
        private Optional<String> afterCode = Optional.empty();

        private Builder(int limit) {
            this.limit = limit;
        }

        public Builder withinUnit(String id) {
            this.withinUnitId = Optional.of(id);
            return this;
        }

        public Builder parent(String id) {
            this.parentId = Optional.of(id);
            return this;
        }

        public Builder kind(UnitKind kind) {
            this.kind = Optional.of(kind);
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

        public Builder after(String code) {
            this.afterCode = Optional.of(code);
            return this;
        }

        public OrgUnitQuery build() {
            return new OrgUnitQuery(withinUnitId, parentId, kind, active, search, afterCode, limit);
        }
    }
}
