package mx.ventanilla.reporting.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.platform.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingModelTest {

    private static final LocalDate SUNDAY = LocalDate.parse("2026-03-08");

    @Test
    void searchTextFoldsCaseAccentsAndSpaces() {
        assertThat(SearchText.normalise("  Trámite   de ÑANDÚ\tPérez ")).isEqualTo("tramite de nandu perez");
        assertThat(SearchText.normalise("DG-2026-000123", "Oficio")).isEqualTo("dg-2026-000123 oficio");
    }

    @Test
    void accentInsensitivePatternFindsAccentedTextAndQuotesEverythingElse() {
        Pattern pattern = Pattern.compile(SearchText.accentInsensitivePattern("jose nunez"),
                Pattern.CASE_INSENSITIVE);
        Pattern dots = Pattern.compile(SearchText.accentInsensitivePattern("a.*"), Pattern.CASE_INSENSITIVE);

        assertThat(pattern.matcher("Lic. JOSÉ Núñez").find()).isTrue();
        assertThat(pattern.matcher("Josefina Nava").find()).isFalse();
        assertThat(dots.matcher("Ana").find()).isFalse();
        assertThat(dots.matcher("contiene a.* literal").find()).isTrue();
    }

    @Test
    void presetsCoverWholeWeeksStartingMondayMonthsAndYears() {
        assertThat(Period.of(Period.Preset.TODAY, SUNDAY)).isEqualTo(new Period(SUNDAY, SUNDAY));
        assertThat(Period.of(Period.Preset.THIS_WEEK, SUNDAY))
                .isEqualTo(new Period(LocalDate.parse("2026-03-02"), SUNDAY));
        assertThat(Period.of(Period.Preset.THIS_MONTH, SUNDAY))
                .isEqualTo(new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")));
        assertThat(Period.of(Period.Preset.THIS_YEAR, SUNDAY).days()).isEqualTo(365);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsBadInput() {
        assertThatThrownBy(() -> new Period(SUNDAY, SUNDAY.minusDays(1))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void weeksAreLabelledByTheirIsoWeekBasedYear() {
        assertThat(Granularity.WEEK.label(LocalDate.parse("2026-01-01"))).isEqualTo("2026-W01");
        assertThat(Granularity.WEEK.label(LocalDate.parse("2027-01-01"))).isEqualTo("2026-W53");
        assertThat(Granularity.WEEK.bucketStart(SUNDAY)).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(Granularity.MONTH.label(SUNDAY)).isEqualTo("2026-03");
        assertThat(Granularity.YEAR.next(LocalDate.parse("2026-01-01"))).isEqualTo(LocalDate.parse("2027-01-01"));
    }

    @Test
    void lightsCompareTheStoredDatesWithTodayForOpenTurnsOnly() {
        LocalDate yellowFrom = LocalDate.parse("2026-03-05");
        LocalDate due = LocalDate.parse("2026-03-09");

        assertThat(InboxLight.of(TurnState.SENT, due, yellowFrom, LocalDate.parse("2026-03-04")))
                .contains(TrafficLight.GREEN);
        assertThat(InboxLight.of(TurnState.RECEIVED, due, yellowFrom, yellowFrom)).contains(TrafficLight.YELLOW);
        assertThat(InboxLight.of(TurnState.RETURNED, due, yellowFrom, due)).contains(TrafficLight.YELLOW);
        assertThat(InboxLight.of(TurnState.SENT, due, yellowFrom, due.plusDays(1))).contains(TrafficLight.RED);
        assertThat(InboxLight.of(TurnState.ANSWERED, due, yellowFrom, due.plusDays(1))).isEmpty();
    }

    @Test
    void positionsRoundTripAndForeignOnesAreBadInput() {
        TurnPosition turn = new TurnPosition(SUNDAY, "a|b");

        assertThat(TurnPosition.parse(turn.encode())).isEqualTo(turn);
        assertThatThrownBy(() -> TurnPosition.parse("turn|yesterday|x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CorrespondencePosition.parse("turn|2026-03-08|x"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void queriesRefuseContradictoryOrOversizedFilters() {
        assertThatThrownBy(() -> InboxQuery.builder(Scope.MINE).unitId("u").build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> InboxQuery.builder(Scope.UNIT).period(Period.Preset.TODAY)
                .period(new Period(SUNDAY, SUNDAY)).build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchQuery.builder().text("x".repeat(201)).build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new StatisticsQuery(Optional.of(new Period(SUNDAY, SUNDAY.plusDays(400))),
                Optional.empty(), Granularity.DAY, Optional.empty())).isInstanceOf(InvalidInputException.class);
        assertThat(InboxQuery.builder(Scope.UNIT).build().states()).doesNotContain(TurnState.PROPOSED);
    }
}
