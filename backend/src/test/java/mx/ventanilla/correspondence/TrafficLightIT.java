package mx.ventanilla.correspondence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mx.ventanilla.testing.RunningVentanilla;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.correspondence.CorrespondenceApi.turnTo;
import static mx.ventanilla.correspondence.CorrespondenceApi.unitId;
import static org.assertj.core.api.Assertions.assertThat;

/** The traffic light of turns follows the configured thresholds and turns RED after the due date. */
class TrafficLightIT {

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;
    static CorrespondenceApi officer;
    static CorrespondenceApi director;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of(
                "ventanilla.calendar.yellow-within-business-days", "5",
                "ventanilla.calendar.yellow-at-elapsed-share", "1.0"));
        officer = CorrespondenceApi.as(backend, "oficialia");
        director = CorrespondenceApi.as(backend, "director");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void theLightFollowsTheConfiguredThresholds() {
        assertThat(lightOfTurnDueIn(5)).isEqualTo("YELLOW");
        assertThat(lightOfTurnDueIn(6)).isEqualTo("GREEN");
    }

    @Test
    void aTurnPastItsDueDateIsRed() {
        String turnId = turnDueIn(6);
        String yesterday = LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(1).toString();
        backend.ventanilla().mongo().database().getCollection("turns").updateOne(new Document("_id", turnId),
                new Document("$set", new Document("dueDate", yesterday)));

        assertThat(light(turnId)).isEqualTo("RED");
    }

    private static String lightOfTurnDueIn(int businessDays) {
        return light(turnDueIn(businessDays));
    }

    private static String light(String turnId) {
        return director.data("query($id: ID!) { turn(id: $id) { trafficLight } }", Map.of("id", turnId))
                .path("turn").path("trafficLight").asText();
    }

    private static String turnDueIn(int businessDays) {
        String id = officer.register(CorrespondenceApi.registration(unitId(backend, "DG"), "Semáforo"))
                .path("id").asText();
        return director.turn(id, Optional.empty(), List.of(turnTo(unitId(backend, "SV"), "ATTENTION", businessDays)))
                .data().path("turnCorrespondence").get(0).path("id").asText();
    }
}
