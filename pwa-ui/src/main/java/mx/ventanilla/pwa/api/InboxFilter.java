package mx.ventanilla.pwa.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an inbox is narrowed to; empty parts do not filter.
 *
 * @param state        one turn state, e.g. {@code RECEIVED}
 * @param trafficLight GREEN, YELLOW or RED
 * @param period       the issue days: a preset or a range
 */
public record InboxFilter(Optional<String> state, Optional<String> trafficLight, Period period) {

    /** No filter at all. */
    public static InboxFilter none() {
        return new InboxFilter(Optional.empty(), Optional.empty(), Period.ANY);
    }

    /** The {@code InboxFilter} input of the API. */
    Map<String, Object> toInput() {
        Map<String, Object> input = new HashMap<>(period.toInput());
        state.ifPresent(value -> input.put("states", List.of(value)));
        trafficLight.ifPresent(value -> input.put("trafficLights", List.of(value)));
        return input;
    }

    /**
     * The days the turns were issued in: any, a named preset ({@code TODAY}, {@code THIS_WEEK}, {@code THIS_MONTH},
     * {@code THIS_YEAR}) or a range of days, both ends included.
     *
     * @param preset a preset's name
     * @param from   the first day of a range
     * @param to     the last day of a range
     */
    public record Period(Optional<String> preset, Optional<LocalDate> from, Optional<LocalDate> to) {

        /** Any day. */
        public static final Period ANY = new Period(Optional.empty(), Optional.empty(), Optional.empty());

        public static Period preset(String name) {
            return new Period(Optional.of(name), Optional.empty(), Optional.empty());
        }

        public static Period between(LocalDate from, LocalDate to) {
            return new Period(Optional.empty(), Optional.of(from), Optional.of(to));
        }

        Map<String, Object> toInput() {
            Map<String, Object> input = new HashMap<>();
            preset.ifPresent(value -> input.put("preset", value));
            from.ifPresent(value -> input.put("from", value.toString()));
            to.ifPresent(value -> input.put("to", value.toString()));
            return input;
        }
    }
}
