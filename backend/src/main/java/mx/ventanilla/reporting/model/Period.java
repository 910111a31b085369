package mx.ventanilla.reporting.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import mx.ventanilla.platform.error.InvalidInputException;

/**
 * A range of calendar days in the institution's time zone, both ends included.
 *
 * @param from first day
 * @param to   last day, not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new InvalidInputException("period", "The period ends (" + to + ") before it starts (" + from + ").");
        }
    }

    /** The named periods users pick from; weeks start on Monday. */
    public enum Preset { TODAY, THIS_WEEK, THIS_MONTH, THIS_YEAR }

    /** The preset's days, seen on {@code today}: a whole week, month or year, including days still to come. */
    public static Period of(Preset preset, LocalDate today) {
        return switch (preset) {
            case TODAY -> new Period(today, today);
            case THIS_WEEK -> new Period(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case THIS_MONTH -> new Period(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
            case THIS_YEAR -> new Period(today.withDayOfYear(1), today.with(TemporalAdjusters.lastDayOfYear()));
        };
    }

    /** The period a query chose, explicitly or by preset (resolved on {@code today}); empty when none. */
    public static java.util.Optional<Period> chosen(java.util.Optional<Period> explicit,
                                                    java.util.Optional<Preset> preset, LocalDate today) {
        return explicit.or(() -> preset.map(named -> of(named, today)));
    }

    /** The first instant of the period in that zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in that zone (exclusive end). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
