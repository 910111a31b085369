package mx.ventanilla.reporting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.helidon.common.uri.UriQuery;
import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.Period;
import mx.ventanilla.reporting.model.Scope;
import mx.ventanilla.reporting.model.SearchQuery;

/**
 * The filters of an export as query parameters, the same as the API's: {@code scope}, {@code unitId},
 * {@code state} and {@code light} (repeated or comma-separated), {@code from} and {@code to} (yyyy-MM-dd) or
 * {@code preset}, {@code documentType}, {@code sender}, {@code priority} for turns; {@code text}, {@code folio},
 * {@code from}/{@code to}/{@code preset} and {@code documentType} for correspondence.
 */
final class ExportParameters {

    private final UriQuery query;

    ExportParameters(UriQuery query) {
        this.query = query;
    }

    InboxQuery inboxQuery() {
        InboxQuery.Builder builder = InboxQuery.builder(one("scope").map(v -> value(Scope.class, "scope", v))
                .orElse(Scope.MINE));
        one("unitId").ifPresent(builder::unitId);
        builder.states(values(TurnState.class, "state"));
        builder.lights(values(TrafficLight.class, "light"));
        period(builder::period, builder::period);
        one("documentType").ifPresent(builder::documentType);
        one("sender").ifPresent(builder::sender);
        one("priority").ifPresent(v -> builder.priority(value(Priority.class, "priority", v)));
        return builder.build();
    }

    SearchQuery searchQuery() {
        SearchQuery.Builder builder = SearchQuery.builder();
        one("text").ifPresent(builder::text);
        one("folio").ifPresent(builder::folio);
        period(builder::period, builder::period);
        one("documentType").ifPresent(builder::documentType);
        return builder.build();
    }

    private void period(Consumer<Period> explicit, Consumer<Period.Preset> preset) {
        one("preset").ifPresent(v -> preset.accept(value(Period.Preset.class, "preset", v)));
        Optional<LocalDate> from = one("from").map(v -> date("from", v));
        Optional<LocalDate> to = one("to").map(v -> date("to", v));
        if (from.isPresent() != to.isPresent()) {
            throw new InvalidInputException("period", "Give both 'from' and 'to', or neither.");
        }
        from.ifPresent(start -> explicit.accept(new Period(start, to.orElseThrow())));
    }

    private Optional<String> one(String name) {
        return query.contains(name) ? Optional.of(query.get(name).strip()).filter(v -> !v.isEmpty())
                : Optional.empty();
    }

    private <E extends Enum<E>> Set<E> values(Class<E> type, String name) {
        if (!query.contains(name)) {
            return Set.of();
        }
        List<String> raw = query.all(name).stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
        Set<E> values = EnumSet.noneOf(type);
        raw.forEach(v -> values.add(value(type, name, v)));
        return values;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name, String raw) {
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "'" + raw + "' is not a valid " + name + "; use one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    private static LocalDate date(String name, String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + name + "' must be a date like 2026-03-31; got '" + raw
                    + "'.");
        }
    }
}
