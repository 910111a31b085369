package mx.ventanilla.calendar.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The institution's working days ("días hábiles"): every day but the weekend and the holidays, counted in the
 * institution's time zone. Due dates of turns and the traffic light are computed with it.
 */
public final class BusinessCalendar {

    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final int LONGEST_SEARCH_DAYS = 3660;

    private final ZoneId zone;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, Collection<LocalDate> holidays) {
        this.zone = zone;
        this.holidays = new TreeSet<>(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The calendar day an instant falls on in the institution's time zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public boolean isBusinessDay(LocalDate date) {
        return !WEEKEND.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The business day {@code days} business days after {@code start}; the start itself does not count, as when a
     * document received on Friday with three business days is due on Wednesday.
     */
    public LocalDate plusBusinessDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        int remaining = days;
        int guard = 0;
        while (remaining > 0) {
            date = date.plusDays(1);
            remaining -= isBusinessDay(date) ? 1 : 0;
            requireWithinSearch(++guard);
        }
        return date;
    }

    /**
     * Business days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. Used
     * for "days left" and for response times.
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            count += isBusinessDay(date) ? 1 : 0;
            requireWithinSearch(count);
        }
        return count;
    }

    private static void requireWithinSearch(int steps) {
        if (steps > LONGEST_SEARCH_DAYS) {
            throw new IllegalArgumentException("Date range longer than ten years");
        }
    }
}
