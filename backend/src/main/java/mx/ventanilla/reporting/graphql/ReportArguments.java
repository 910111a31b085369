package mx.ventanilla.reporting.graphql;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.reporting.model.Granularity;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.Period;
import mx.ventanilla.reporting.model.SearchQuery;
import mx.ventanilla.reporting.model.StatisticsQuery;

/**
 * Turns the arguments of the reporting fields (maps of values graphql-java has already coerced: enum names, dates)
 * into the reporting queries. Enum values and dates are checked by the schema; ranges and combinations by the
 * queries themselves.
 */
final class ReportArguments {

    private ReportArguments() {
    }

    /** Fills an inbox query from an {@code InboxFilter} (absent: no filter). */
    static InboxQuery.Builder inboxFilter(InboxQuery.Builder builder, Optional<Map<String, Object>> filter) {
        Map<String, Object> values = filter.orElse(Map.of());
        builder.states(enums(values, "states", TurnState.class));
        builder.lights(enums(values, "trafficLights", TrafficLight.class));
        period(values, builder::period, builder::period);
        text(values, "documentType").ifPresent(builder::documentType);
        text(values, "sender").ifPresent(builder::sender);
        text(values, "priority").map(Priority::valueOf).ifPresent(builder::priority);
        return builder;
    }

    /** A search from the arguments of {@code searchCorrespondence}, without its page. */
    static SearchQuery.Builder search(Map<String, Object> arguments) {
        SearchQuery.Builder builder = SearchQuery.builder();
        text(arguments, "text").ifPresent(builder::text);
        text(arguments, "folio").ifPresent(builder::folio);
        period(arguments, builder::period, builder::period);
        text(arguments, "documentType").ifPresent(builder::documentType);
        return builder;
    }

    static StatisticsQuery statistics(Map<String, Object> arguments) {
        Optional<Period> period = explicitPeriod(arguments);
        Optional<Period.Preset> preset = text(arguments, "preset").map(Period.Preset::valueOf);
        return new StatisticsQuery(period, preset, Granularity.valueOf((String) arguments.get("granularity")),
                text(arguments, "unitId"));
    }

    private static void period(Map<String, Object> values, Consumer<Period> explicit,
                               Consumer<Period.Preset> preset) {
        explicitPeriod(values).ifPresent(explicit);
        text(values, "preset").map(Period.Preset::valueOf).ifPresent(preset);
    }

    private static Optional<Period> explicitPeriod(Map<String, Object> values) {
        Optional<LocalDate> from = Optional.ofNullable((LocalDate) values.get("from"));
        Optional<LocalDate> to = Optional.ofNullable((LocalDate) values.get("to"));
        if (from.isPresent() != to.isPresent()) {
            throw new InvalidInputException("period", "Give both 'from' and 'to', or neither.");
        }
        return from.map(start -> new Period(start, to.orElseThrow()));
    }

    private static Optional<String> text(Map<String, Object> values, String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Set<E> enums(Map<String, Object> values, String name, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        Optional.ofNullable((List<String>) values.get(name)).orElse(List.of())
                .forEach(value -> chosen.add(Enum.valueOf(type, value)));
        return chosen;
    }
}
