package mx.ventanilla.calendar.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import mx.ventanilla.calendar.model.BusinessCalendar;
import mx.ventanilla.calendar.model.Holiday;
import mx.ventanilla.calendar.model.Holidays;
import mx.ventanilla.calendar.model.MexicanFederalHolidays;
import mx.ventanilla.calendar.model.TrafficLightPolicy;

/**
 * The institution's calendar as use cases need it: the {@link BusinessCalendar} of its time zone with the holidays of
 * last year to {@value #YEARS_AHEAD} years ahead (federal holidays preloaded the first time a year is needed), and the
 * one {@link TrafficLightPolicy}. The calendar is kept for a minute and rebuilt at once after a holiday changes here.
 */
public final class InstitutionCalendar {

    static final int YEARS_AHEAD = 2;
    private static final Duration KEEP = Duration.ofMinutes(1);

    private final Holidays holidays;
    private final ZoneId zone;
    private final TrafficLightPolicy policy;
    private final Clock clock;
    private final Set<Integer> preloadedYears = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    public InstitutionCalendar(Holidays holidays, ZoneId zone, TrafficLightPolicy policy, Clock clock) {
        this.holidays = holidays;
        this.zone = zone;
        this.policy = policy;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public TrafficLightPolicy policy() {
        return policy;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The business calendar for due dates from last year to {@value #YEARS_AHEAD} years ahead. */
    public BusinessCalendar current() {
        Cached current = cached.get();
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.builtAt().plus(KEEP))) {
            return current.calendar();
        }
        BusinessCalendar built = build();
        cached.set(new Cached(built, now));
        return built;
    }

    /** The latest due date the calendar can count business days for. */
    public LocalDate horizon() {
        return LocalDate.of(today().getYear() + YEARS_AHEAD, 12, 31);
    }

    /** Makes sure the federal holidays of this year are stored; cheap after the first call per year. */
    public void preloadFederal(int year) {
        if (preloadedYears.contains(year)) {
            return;
        }
        holidays.addMissing(MexicanFederalHolidays.of(year));
        preloadedYears.add(year);
    }

    /** Forgets the cached calendar, e.g. after a holiday was added or removed. */
    void refresh() {
        cached.set(null);
    }

    private BusinessCalendar build() {
        int thisYear = today().getYear();
        for (int year = thisYear - 1; year <= thisYear + YEARS_AHEAD; year++) {
            preloadFederal(year);
        }
        List<Holiday> stored = holidays.between(LocalDate.of(thisYear - 1, 1, 1), horizon());
        return new BusinessCalendar(zone, stored.stream().map(Holiday::date).toList());
    }

    private record Cached(BusinessCalendar calendar, Instant builtAt) {
    }
}
