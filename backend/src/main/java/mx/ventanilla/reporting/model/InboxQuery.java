package mx.ventanilla.reporting.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.platform.error.InvalidInputException;

/**
 * What an inbox of turns shows: whose turns, which ones, and which page. Built with {@link #builder(Scope)}; every
 * filter is optional and filters combine with "and". Rows come sorted by due date, then id.
 *
 * @param scope        MINE or UNIT
 * @param unitId       for UNIT, the unit whose turns to list (it and the units below); absent: the caller's unit
 * @param states       the states to show; empty: every state a recipient has received (all but PROPOSED and
 *                     REJECTED)
 * @param lights       traffic lights to show; lights exist only for open turns, so any light limits the list to them
 * @param period       explicit range of days the turn was issued in
 * @param preset       or a named range, resolved on the current day in the institution's zone
 * @param documentType exact document type
 * @param sender       text the sender's name contains, ignoring case and accents
 * @param priority     exact priority
 * @param first        page size, 0 to {@value Paging#MAX_PAGE_SIZE}
 * @param after        keyset position the page starts after (decoded cursor)
 */
public record InboxQuery(Scope scope, Optional<String> unitId, Set<TurnState> states, Set<TrafficLight> lights,
                         Optional<Period> period, Optional<Period.Preset> preset, Optional<String> documentType,
                         Optional<String> sender, Optional<Priority> priority, int first, Optional<String> after) {

    /** The states listed when none is asked for: every state a turn has once it reached its recipient. */
    public static final Set<TurnState> RECEIVED_STATES = EnumSet.complementOf(
            EnumSet.of(TurnState.PROPOSED, TurnState.REJECTED));

    public InboxQuery {
        states = states.isEmpty() ? RECEIVED_STATES : Set.copyOf(states);
        lights = Set.copyOf(lights);
        Paging.requirePageSize(first);
        if (period.isPresent() && preset.isPresent()) {
            throw new InvalidInputException("period", "Give either a period or a preset, not both.");
        }
        if (scope == Scope.MINE && unitId.isPresent()) {
            throw new InvalidInputException("unitId", "A unit can be chosen only for the UNIT scope.");
        }
        Filters.requireShort("sender", sender);
        Filters.requireShort("documentType", documentType);
    }

    public static Builder builder(Scope scope) {
        return new Builder(scope);
    }

    /** The same query for another page. */
    public InboxQuery page(int size, Optional<String> position) {
        return new InboxQuery(scope, unitId, states, lights, period, preset, documentType, sender, priority, size,
                position);
    }

    /** Builds an {@link InboxQuery}; unset filters do not filter. */
    public static final class Builder {
        private final Scope scope;
        private Optional<String> unitId = Optional.empty();
        private Set<TurnState> states = Set.of();
        private Set<TrafficLight> lights = Set.of();
        private Optional<Period> period = Optional.empty();
        private Optional<Period.Preset> preset = Optional.empty();
        private Optional<String> documentType = Optional.empty();
        private Optional<String> sender = Optional.empty();
        private Optional<Priority> priority = Optional.empty();
        private int first = Paging.DEFAULT_PAGE_SIZE;
        private Optional<String> after = Optional.empty();

        private Builder(Scope scope) {
            this.scope = scope;
        }

        public Builder unitId(String id) {
            unitId = Optional.of(id);
            return this;
        }

        public Builder states(Set<TurnState> wanted) {
            states = wanted;
            return this;
        }

        public Builder lights(Set<TrafficLight> wanted) {
            lights = wanted;
            return this;
        }

        public Builder period(Period range) {
            period = Optional.of(range);
            return this;
        }

        public Builder period(Period.Preset named) {
            preset = Optional.of(named);
            return this;
        }

        public Builder documentType(String type) {
            documentType = Optional.of(type);
            return this;
        }

        public Builder sender(String text) {
            sender = Optional.of(text).filter(s -> !s.isBlank());
            return this;
        }

        public Builder priority(Priority wanted) {
            priority = Optional.of(wanted);
            return this;
        }

        public Builder first(int size) {
            first = size;
            return this;
        }

        public Builder after(String position) {
            after = Optional.of(position);
            return this;
        }

        public InboxQuery build() {
            return new InboxQuery(scope, unitId, states, lights, period, preset, documentType, sender, priority,
                    first, after);
        }
    }
}
