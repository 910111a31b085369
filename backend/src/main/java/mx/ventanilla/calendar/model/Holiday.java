package mx.ventanilla.calendar.model;

import java.time.LocalDate;

/**
 * A non-working day of the institution's calendar.
 *
 * @param date   the day
 * @param name   what it commemorates, as users read it ("Día de la Independencia")
 * @param origin where it comes from: the federal law, or the institution's own decision
 */
public record Holiday(LocalDate date, String name, Origin origin) {

    /** Federal holidays are preloaded; institutional ones are added by an administrator. */
    public enum Origin { FEDERAL, INSTITUTIONAL }
}
