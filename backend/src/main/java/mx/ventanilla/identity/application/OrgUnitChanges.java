package mx.ventanilla.identity.application;

import java.util.Optional;

import mx.ventanilla.identity.model.UnitKind;

/**
 * The command to change a unit; every part is optional and what is absent stays as it is. The code never changes: it
 * prefixes the folios already issued.
 *
 * @param name   a new name
 * @param kind   a new level
 * @param parent a move in the tree
 * @param active deactivate ({@code false}) or reactivate ({@code true})
 */
public record OrgUnitChanges(Optional<String> name, Optional<UnitKind> kind, Optional<ParentChange> parent,
                             Optional<Boolean> active) {

    public static Builder builder() {
        return new Builder();
    }

    /** Where a unit moves to. */
    public sealed interface ParentChange {

        /** The unit becomes a root of the tree. */
        record ToRoot() implements ParentChange {
        }

        /** The unit moves below another one. */
        record Under(String parentId) implements ParentChange {
        }
    }

    /** Builds the changes. */
    public static final class Builder {
        private Optional<String> name = Optional.empty();
        private Optional<UnitKind> kind = Optional.empty();
        private Optional<ParentChange> parent = Optional.empty();
        private Optional<Boolean> active = Optional.empty();

        private Builder() {
        }

        public Builder name(String name) {
            this.name = Optional.of(name);
            return this;
        }

        public Builder kind(UnitKind kind) {
            this.kind = Optional.of(kind);
            return this;
        }

        public Builder moveUnder(String parentId) {
            this.parent = Optional.of(new ParentChange.Under(parentId));
            return this;
        }

        public Builder moveToRoot() {
            this.parent = Optional.of(new ParentChange.ToRoot());
            return this;
        }

        public Builder active(boolean active) {
            this.active = Optional.of(active);
            return this;
        }

        public OrgUnitChanges build() {
            return new OrgUnitChanges(name, kind, parent, active);
        }
    }
}
