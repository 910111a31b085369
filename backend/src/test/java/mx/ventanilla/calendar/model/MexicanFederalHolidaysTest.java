package mx.ventanilla.calendar.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MexicanFederalHolidaysTest {

    @Test
    void mondayHolidaysOf2026FallOnTheRightMondays() {
        assertThat(MexicanFederalHolidays.of(2026)).extracting(Holiday::date).containsExactly(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 9, 16),
                LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 12, 25));
    }

    @Test
    void inaugurationDayIsAHolidayEverySixYearsFrom2024() {
        assertThat(MexicanFederalHolidays.of(2030)).extracting(Holiday::date).contains(LocalDate.of(2030, 10, 1));
        assertThat(MexicanFederalHolidays.of(2024)).extracting(Holiday::date).contains(LocalDate.of(2024, 10, 1));
        assertThat(MexicanFederalHolidays.of(2027)).extracting(Holiday::date).doesNotContain(LocalDate.of(2027, 10, 1));
    }

    @Test
    void holidaysAreNamedInSpanishAndMarkedFederal() {
        assertThat(MexicanFederalHolidays.of(2026))
                .allSatisfy(holiday -> assertThat(holiday.origin()).isEqualTo(Holiday.Origin.FEDERAL))
                .anySatisfy(holiday -> assertThat(holiday.name()).isEqualTo("Día de la Independencia"));
    }
}
