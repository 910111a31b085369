package mx.ventanilla.pwa.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The approvals client against a canned endpoint: what it sends, and a stale view coming back as CONFLICT. */
class ApprovalsApiTest {

    @Test
    void anEditSendsOnlyWhatChanged() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("{\"data\":{\"approveProposedTurns\":[]}}")) {

            new ApprovalsApi(endpoint.api()).approve("t", List.of("turn-1", "turn-2"), List.of(new ApprovalsApi.TurnEdit(
                    "turn-1", Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 3, 20)),
                    Optional.empty(), Optional.of("URGENT"))));

            assertThat(endpoint.bodies().getFirst())
                    .contains("\"ids\":[\"turn-1\",\"turn-2\"]", "\"dueDate\":\"2026-03-20\"", "\"priority\":\"URGENT\"")
                    .doesNotContain("\"instruction\":", "dueInBusinessDays");
        }
    }

    @Test
    void acceptingAStaleResponseSendsTheVersionReadAndIsAConflict() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("""
                {"errors":[{"message":"Turn t1 changed","extensions":{"code":"CONFLICT"}}],"data":null}""")) {

            assertThatThrownBy(() -> new ApprovalsApi(endpoint.api()).accept("t", "t1", "REGULAR", 4))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("error.CONFLICT"));
            assertThat(endpoint.bodies().getFirst()).contains("\"version\":4", "\"rating\":\"REGULAR\"");
        }
    }
}
