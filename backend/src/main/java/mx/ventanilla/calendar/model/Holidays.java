package mx.ventanilla.calendar.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The institution's holidays (port; stored in the {@code holidays} collection, one per date). */
public interface Holidays {

    /** Holidays from {@code from} to {@code to}, both included, ordered by date. */
    List<Holiday> between(LocalDate from, LocalDate to);

    /** Stores these holidays unless a holiday already falls on their date; running it again changes nothing. */
    void addMissing(List<Holiday> holidays);

    /** Stores a new holiday; {@link mx.ventanilla.platform.error.ConflictException} when its date is taken. */
    void add(Holiday holiday);

    Optional<Holiday> findByDate(LocalDate date);

    /** Removes the holiday on this date, if any. */
    void remove(LocalDate date);
}
