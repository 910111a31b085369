package mx.ventanilla.correspondence.model;

import java.time.LocalDate;
import java.util.Optional;

import mx.ventanilla.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TurnDeadlineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aSubTurnMayBeDueOnItsParentsDueDate() {
        assertThatCode(() -> TurnDeadline.check(TODAY.plusDays(5), TODAY, Optional.of(TODAY.plusDays(5))))
                .doesNotThrowAnyException();
    }

    @Test
    void aSubTurnDueAfterItsParentIsRefusedWithTheLatestAllowedDate() {
        assertThatThrownBy(() -> TurnDeadline.check(TODAY.plusDays(6), TODAY, Optional.of(TODAY.plusDays(5))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2026-03-07");
    }

    @Test
    void aDueDateInThePastIsRefused() {
        assertThatThrownBy(() -> TurnDeadline.check(TODAY.minusDays(1), TODAY, Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
    }
}
