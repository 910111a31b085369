package mx.ventanilla.calendar;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The institution's calendar over HTTP: preloaded federal holidays and the administrator's own. */
class CalendarIT {

    private static final String HOLIDAYS = "query($year: Int!) { holidays(year: $year) { date name origin } }";
    private static final String ADD = "mutation($date: Date!, $name: String!) { addHoliday(date: $date, name: $name)"
            + " { date name origin } }";
    private static final String REMOVE = "mutation($date: Date!) { removeHoliday(date: $date) { date } }";

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void federalHolidaysArePreloadedOncePerYear() {
        JsonNode first = call("director", HOLIDAYS, Map.of("year", 2027)).data().path("holidays");
        JsonNode again = call("director", HOLIDAYS, Map.of("year", 2027)).data().path("holidays");

        assertThat(first.size()).isEqualTo(7);
        assertThat(again).isEqualTo(first);
        assertThat(first.toString()).contains("\"date\":\"2027-02-01\",\"name\":\"Día de la Constitución\"");
        assertThat(first.findValuesAsText("origin")).containsOnly("FEDERAL");
        assertThat(call("director", HOLIDAYS, Map.of("year", 2030)).data().path("holidays").size()).isEqualTo(8);
    }

    @Test
    void anAdministratorAddsAndRemovesAnInstitutionalHoliday() {
        GraphQlResponse added = call("admin", ADD, Map.of("date", "2028-12-12", "name", " Día de la Virgen "));
        assertThat(added.data().path("addHoliday").path("name").asText()).isEqualTo("Día de la Virgen");
        assertThat(call("tecnico", HOLIDAYS, Map.of("year", 2028)).data().toString())
                .contains("\"date\":\"2028-12-12\",\"name\":\"Día de la Virgen\",\"origin\":\"INSTITUTIONAL\"");

        assertThat(call("admin", ADD, Map.of("date", "2028-12-12", "name", "Otra vez")).errorCode())
                .contains("CONFLICT");
        assertThat(call("admin", REMOVE, Map.of("date", "2028-12-12")).hasErrors()).isFalse();
        assertThat(call("tecnico", HOLIDAYS, Map.of("year", 2028)).data().toString()).doesNotContain("2028-12-12");
    }

    @Test
    void federalHolidaysCannotBeRemoved() {
        GraphQlResponse response = call("admin", REMOVE, Map.of("date", "2028-09-16"));

        assertThat(response.errorCode()).contains("BAD_USER_INPUT");
        assertThat(call("admin", HOLIDAYS, Map.of("year", 2028)).data().toString()).contains("2028-09-16");
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() {
        assertThat(call("director", ADD, Map.of("date", "2028-12-24", "name", "Nochebuena")).errorCode())
                .contains("FORBIDDEN");
        assertThat(call("auditor", ADD, Map.of("date", "2028-12-24", "name", "Nochebuena")).errorCode())
                .contains("FORBIDDEN");
        assertThat(backend.graphQl(HOLIDAYS, Map.of("year", 2028), Optional.empty()).errorCode())
                .contains("UNAUTHENTICATED");
    }

    @Test
    void badCalendarInputIsRefused() {
        assertThat(call("admin", ADD, Map.of("date", "2028-12-24", "name", "  ")).errorCode())
                .contains("BAD_USER_INPUT");
        assertThat(call("admin", HOLIDAYS, Map.of("year", 1492)).errorCode()).contains("BAD_USER_INPUT");
        assertThat(call("admin", REMOVE, Map.of("date", "2028-12-26")).errorCode()).contains("NOT_FOUND");
        assertThat(call("admin", ADD, Map.of("date", "2028-13-01", "name", "x")).hasErrors()).isTrue();
    }

    private static GraphQlResponse call(String username, String document, Map<String, Object> variables) {
        return backend.graphQl(document, variables, Optional.of(backend.testTokenOf(username)));
    }
}
