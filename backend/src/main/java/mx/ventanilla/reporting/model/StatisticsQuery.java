package mx.ventanilla.reporting.model;

import java.util.Optional;

import mx.ventanilla.platform.error.InvalidInputException;

/**
 * Which production statistics to compute.
 *
 * @param period      the days counted (or {@code preset})
 * @param preset      a named range instead of {@code period}
 * @param granularity the bucket size
 * @param unitId      a unit to report on, with the units below it; absent: every unit the caller sees
 */
public record StatisticsQuery(Optional<Period> period, Optional<Period.Preset> preset, Granularity granularity,
                              Optional<String> unitId) {

    /** Longest period, in days, reported day by day. */
    public static final int MAX_DAILY_DAYS = 366;
    /** Longest period, in days, for any granularity. */
    public static final int MAX_DAYS = 3660;

    public StatisticsQuery {
        if (period.isPresent() == preset.isPresent()) {
            throw new InvalidInputException("period", "Give either a period or a preset.");
        }
        long days = period.map(Period::days).orElse(0L);
        if (days > MAX_DAYS || granularity == Granularity.DAY && days > MAX_DAILY_DAYS) {
            throw new InvalidInputException("period", "The period is too long: at most " + MAX_DAILY_DAYS
                    + " days by day and " + MAX_DAYS + " days otherwise.");
        }
    }
}
