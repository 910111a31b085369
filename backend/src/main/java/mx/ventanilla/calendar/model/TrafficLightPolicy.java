package mx.ventanilla.calendar.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a turn turns YELLOW: when at most {@code yellowWithinBusinessDays} business days remain, or when at least
 * {@code yellowAtElapsedShare} of the allowed business days have passed, whichever comes first. It is RED once its due
 * date has passed (the due date itself is still on time). One policy computes the light everywhere it is shown,
 * filtered or sorted.
 *
 * @param yellowWithinBusinessDays business days left at which a turn becomes YELLOW (e.g. 2)
 * @param yellowAtElapsedShare     share of the allowed time after which a turn becomes YELLOW (e.g. 0.75)
 */
public record TrafficLightPolicy(int yellowWithinBusinessDays, double yellowAtElapsedShare) {

    public TrafficLightPolicy {
        if (yellowWithinBusinessDays < 0) {
            throw new IllegalArgumentException("yellowWithinBusinessDays must not be negative");
        }
        if (yellowAtElapsedShare <= 0 || yellowAtElapsedShare > 1) {
            throw new IllegalArgumentException("yellowAtElapsedShare must be in (0, 1]");
        }
    }

    public static TrafficLightPolicy defaults() {
        return new TrafficLightPolicy(2, 0.75);
    }

    /** The light of something issued at {@code issuedAt} and due on {@code dueDate}, seen at {@code now}. */
    public TrafficLight lightOf(Instant issuedAt, LocalDate dueDate, Instant now, BusinessCalendar calendar) {
        LocalDate today = calendar.dateOf(now);
        if (today.isAfter(dueDate)) {
            return TrafficLight.RED;
        }
        int left = calendar.businessDaysBetween(today, dueDate);
        int allowed = Math.max(1, calendar.businessDaysBetween(calendar.dateOf(issuedAt), dueDate));
        double elapsedShare = (double) (allowed - left) / allowed;
        boolean dueSoon = left <= yellowWithinBusinessDays || elapsedShare >= yellowAtElapsedShare;
        return dueSoon ? TrafficLight.YELLOW : TrafficLight.GREEN;
    }

    /**
     * The first calendar day on which the light is YELLOW (or the due date itself), so that stores can filter and
     * sort by the light with a plain date comparison instead of recomputing it per row.
     */
    public LocalDate yellowFrom(Instant issuedAt, LocalDate dueDate, BusinessCalendar calendar) {
        LocalDate day = calendar.dateOf(issuedAt);
        while (day.isBefore(dueDate)) {
            if (lightOnDay(issuedAt, dueDate, day, calendar) == TrafficLight.YELLOW) {
                return day;
            }
            day = day.plusDays(1);
        }
        return dueDate;
    }

    private TrafficLight lightOnDay(Instant issuedAt, LocalDate dueDate, LocalDate day, BusinessCalendar calendar) {
        return lightOf(issuedAt, dueDate, day.atStartOfDay(calendar.zone()).toInstant(), calendar);
    }
}
