package mx.ventanilla.calendar.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrafficLightPolicyTest {

    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private final BusinessCalendar calendar = new BusinessCalendar(ZONE, List.of());
    private final TrafficLightPolicy policy = new TrafficLightPolicy(2, 0.75);

    /** Issued Monday 2 March 2026 at 10:00, due ten business days later: Monday 16 March. */
    private final Instant issued = at(LocalDate.of(2026, 3, 2), 10);
    private final LocalDate due = LocalDate.of(2026, 3, 16);

    @Test
    void greenWhileMostOfTheTimeRemains() {
        assertThat(policy.lightOf(issued, due, at(LocalDate.of(2026, 3, 4), 9), calendar))
                .isEqualTo(TrafficLight.GREEN);
    }

    @Test
    void yellowWhenTheElapsedShareIsReached() {
        TrafficLightPolicy shareOnly = new TrafficLightPolicy(0, 0.75);
        // Wednesday 11 March: 3 of 10 business days left, 70 % elapsed → still green; Thursday: 80 % → yellow.
        assertThat(shareOnly.lightOf(issued, due, at(LocalDate.of(2026, 3, 11), 9), calendar))
                .isEqualTo(TrafficLight.GREEN);
        assertThat(shareOnly.lightOf(issued, due, at(LocalDate.of(2026, 3, 12), 9), calendar))
                .isEqualTo(TrafficLight.YELLOW);
    }

    @Test
    void yellowWhenFewBusinessDaysRemain() {
        TrafficLightPolicy daysOnly = new TrafficLightPolicy(2, 1.0);
        // Wednesday 11 March: three business days left (12, 13, 16) → green; Thursday: two left → yellow.
        assertThat(daysOnly.lightOf(issued, due, at(LocalDate.of(2026, 3, 11), 9), calendar))
                .isEqualTo(TrafficLight.GREEN);
        assertThat(daysOnly.lightOf(issued, due, at(LocalDate.of(2026, 3, 12), 9), calendar))
                .isEqualTo(TrafficLight.YELLOW);
    }

    @Test
    void theDueDateItselfIsStillOnTimeAndTheDayAfterIsRed() {
        assertThat(policy.lightOf(issued, due, at(due, 23), calendar)).isEqualTo(TrafficLight.YELLOW);
        assertThat(policy.lightOf(issued, due, at(due.plusDays(1), 0), calendar)).isEqualTo(TrafficLight.RED);
    }

    @Test
    void yellowFromIsTheFirstYellowDay() {
        assertThat(policy.yellowFrom(issued, due, calendar)).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void thresholdsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new TrafficLightPolicy(-1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrafficLightPolicy(2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrafficLightPolicy(2, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(ZONE).toInstant();
    }
}
