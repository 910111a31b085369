package mx.ventanilla.calendar.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The mandatory rest days of article 74 of the Ley Federal del Trabajo, as they fall in a given year: fixed dates,
 * the three "Monday" holidays, and 1 October of the years a President takes office (every six years from 2024).
 */
public final class MexicanFederalHolidays {

    private static final int FIRST_INAUGURATION_ON_OCTOBER_FIRST = 2024;

    private MexicanFederalHolidays() {
    }

    public static List<Holiday> of(int year) {
        List<Holiday> holidays = new ArrayList<>(List.of(
                federal(LocalDate.of(year, Month.JANUARY, 1), "Año Nuevo"),
                federal(nthMonday(year, Month.FEBRUARY, 1), "Día de la Constitución"),
                federal(nthMonday(year, Month.MARCH, 3), "Natalicio de Benito Juárez"),
                federal(LocalDate.of(year, Month.MAY, 1), "Día del Trabajo"),
                federal(LocalDate.of(year, Month.SEPTEMBER, 16), "Día de la Independencia"),
                federal(nthMonday(year, Month.NOVEMBER, 3), "Día de la Revolución"),
                federal(LocalDate.of(year, Month.DECEMBER, 25), "Navidad")));
        if (isInaugurationYear(year)) {
            holidays.add(federal(LocalDate.of(year, Month.OCTOBER, 1), "Transmisión del Poder Ejecutivo Federal"));
        }
        holidays.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(holidays);
    }

    private static boolean isInaugurationYear(int year) {
        return year >= FIRST_INAUGURATION_ON_OCTOBER_FIRST && (year - FIRST_INAUGURATION_ON_OCTOBER_FIRST) % 6 == 0;
    }

    private static LocalDate nthMonday(int year, Month month, int ordinal) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
    }

    private static Holiday federal(LocalDate date, String name) {
        return new Holiday(date, name, Holiday.Origin.FEDERAL);
    }
}
