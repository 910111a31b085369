package mx.ventanilla.reporting.graphql;

import java.time.LocalDate;
import java.util.EnumSet;

import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.Period;
import mx.ventanilla.reporting.model.Scope;
import mx.ventanilla.reporting.model.SearchQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Export links repeat the filters of the list they export, in the parameters the export endpoint reads. */
class ExportLinksTest {

    @Test
    void turnExportCarriesEveryFilterButThePage() {
        InboxQuery query = InboxQuery.builder(Scope.UNIT).unitId("u-1")
                .states(EnumSet.of(TurnState.SENT, TurnState.RECEIVED))
                .lights(EnumSet.of(TrafficLight.RED))
                .period(new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")))
                .documentType("OFICIO").sender("José Núñez & Hijos").priority(Priority.URGENT)
                .first(10).after("turn|2026-03-09|abc").build();

        assertThat(ExportLinks.turns(query)).isEqualTo("scope=UNIT&unitId=u-1&state=RECEIVED&state=SENT&light=RED"
                + "&from=2026-03-01&to=2026-03-31&documentType=OFICIO&sender=Jos%C3%A9+N%C3%BA%C3%B1ez+%26+Hijos"
                + "&priority=URGENT");
    }

    @Test
    void defaultStatesAreLeftToTheExportsOwnDefault() {
        assertThat(ExportLinks.turns(InboxQuery.builder(Scope.MINE).period(Period.Preset.THIS_WEEK).build()))
                .isEqualTo("scope=MINE&preset=THIS_WEEK");
    }

    @Test
    void searchExportCarriesTextFolioAndPeriod() {
        SearchQuery query = SearchQuery.builder().text("trámite").folio("dcg-2026-000001")
                .period(Period.Preset.TODAY).first(5).build();

        assertThat(ExportLinks.correspondence(query)).isEqualTo("text=tr%C3%A1mite&folio=DCG-2026-000001&preset=TODAY");
        assertThat(ExportLinks.correspondence(SearchQuery.builder().build())).isEmpty();
    }
}
