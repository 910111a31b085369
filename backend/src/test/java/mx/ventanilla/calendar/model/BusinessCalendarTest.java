package mx.ventanilla.calendar.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private final BusinessCalendar calendar = new BusinessCalendar(MEXICO_CITY,
            MexicanFederalHolidays.of(2026).stream().map(Holiday::date).toList());

    @Test
    void threeBusinessDaysFromFridayEndOnWednesday() {
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 3, 6), 3)).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void holidaysAndWeekendsAreSkipped() {
        // Friday 13 March 2026; Monday 16 March is Benito Juárez's birthday.
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 3, 13), 1)).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 9, 16))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 9, 17))).isTrue();
    }

    @Test
    void businessDaysBetweenCountsForwardAndBackward() {
        LocalDate friday = LocalDate.of(2026, 3, 13);
        LocalDate wednesday = LocalDate.of(2026, 3, 18);
        assertThat(calendar.businessDaysBetween(friday, wednesday)).isEqualTo(2);
        assertThat(calendar.businessDaysBetween(wednesday, friday)).isEqualTo(-2);
        assertThat(calendar.businessDaysBetween(friday, friday)).isZero();
    }

    @Test
    void theDayOfAnInstantIsTakenInTheInstitutionsTimeZone() {
        Instant lateEveningInMexicoCity = Instant.parse("2026-03-11T05:30:00Z");
        assertThat(calendar.dateOf(lateEveningInMexicoCity)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void negativeDayCountsAreRefused() {
        assertThatThrownBy(() -> calendar.plusBusinessDays(LocalDate.of(2026, 3, 13), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
