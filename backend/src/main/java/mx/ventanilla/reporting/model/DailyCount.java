package mx.ventanilla.reporting.model;

import java.time.LocalDate;

/**
 * How many things one unit did on one day.
 *
 * @param unitId the unit
 * @param day    the day, in the institution's zone
 * @param count  how many
 */
public record DailyCount(String unitId, LocalDate day, long count) {
}
