package mx.ventanilla.audit.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Which events to list, newest first: every condition given must hold.
 *
 * @param action         exactly this action
 * @param actorId        by this subject id
 * @param targetId       on this target
 * @param from           recorded at or after this instant
 * @param to             recorded before this instant
 * @param beforeSequence only events older than this sequence number (the keyset position of the page before)
 * @param limit          at most this many
 */
public record AuditEventQuery(Optional<String> action, Optional<String> actorId, Optional<String> targetId,
                              Optional<Instant> from, Optional<Instant> to, Optional<Long> beforeSequence,
                              int limit) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query; every condition is optional, the limit defaults to 20. */
    public static final class Builder {

        private Optional<String> action = Optional.empty();
        private Optional<String> actorId = Optional.empty();
        private Optional<String> targetId = Optional.empty();
        private Optional<Instant> from = Optional.empty();
        private Optional<Instant> to = Optional.empty();
        private Optional<Long> beforeSequence = Optional.empty();
        private int limit = 20;

        private Builder() {
        }

        public Builder action(String value) {
            action = Optional.of(value);
            return this;
        }

        public Builder actorId(String value) {
            actorId = Optional.of(value);
            return this;
        }

        public Builder targetId(String value) {
            targetId = Optional.of(value);
            return this;
        }

        public Builder from(Instant value) {
            from = Optional.of(value);
            return this;
        }

        public Builder to(Instant value) {
            to = Optional.of(value);
            return this;
        }

        public Builder beforeSequence(long value) {
            beforeSequence = Optional.of(value);
            return this;
        }

        public Builder limit(int value) {
            limit = value;
            return this;
        }

        public AuditEventQuery build() {
            return new AuditEventQuery(action, actorId, targetId, from, to, beforeSequence, limit);
        }
    }
}
