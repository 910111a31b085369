package mx.ventanilla.calendar.application;

import java.time.LocalDate;
import java.util.List;

import mx.ventanilla.calendar.model.Holiday;
import mx.ventanilla.calendar.model.Holidays;
import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.error.NotFoundException;

/**
 * Reading a year's holidays (any signed-in caller) and adding or removing the institution's own (ADMIN). Federal
 * holidays come from the law and cannot be removed.
 */
public final class AdministeringHolidays {

    private static final int MAX_NAME_LENGTH = 120;

    private final Holidays holidays;
    private final InstitutionCalendar calendar;

    public AdministeringHolidays(Holidays holidays, InstitutionCalendar calendar) {
        this.holidays = holidays;
        this.calendar = calendar;
    }

    public List<Holiday> ofYear(Principal caller, int year) {
        requireYear(year);
        calendar.preloadFederal(year);
        return holidays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Holiday add(Principal caller, LocalDate date, String name) {
        requireAdmin(caller);
        requireYear(date.getYear());
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "A holiday's name has 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        calendar.preloadFederal(date.getYear());
        Holiday holiday = new Holiday(date, trimmed, Holiday.Origin.INSTITUTIONAL);
        holidays.add(holiday);
        calendar.refresh();
        return holiday;
    }

    public Holiday remove(Principal caller, LocalDate date) {
        requireAdmin(caller);
        calendar.preloadFederal(date.getYear());
        Holiday holiday = holidays.findByDate(date)
                .orElseThrow(() -> new NotFoundException("There is no holiday on " + date + "."));
        if (holiday.origin() == Holiday.Origin.FEDERAL) {
            throw new InvalidInputException("date", holiday.name() + " (" + date
                    + ") is a federal holiday set by law; only the institution's own holidays can be removed.");
        }
        holidays.remove(date);
        calendar.refresh();
        return holiday;
    }

    private static void requireAdmin(Principal caller) {
        AccessPolicy.requireWriter(caller);
        if (!caller.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator (role ADMIN) may change the institution's calendar.");
        }
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "The calendar covers the years 2000 to 2100; got " + year + ".");
        }
    }
}
