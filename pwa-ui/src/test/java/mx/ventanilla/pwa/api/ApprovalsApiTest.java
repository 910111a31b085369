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

    @Test
    void proposalsTakeTheSenderFromTheTurnsInOneCall() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("""
                {"data":{"proposedTurnsToApprove":{"nodes":[{"id":"t1","correspondenceId":"c1",
                "folio":"DCG-2026-000001","subject":"Bacheo","senderName":"Colonia Reforma","instruction":"ATTENTION",
                "instructions":"","dueDate":"2026-03-20","priority":"NORMAL","version":1,"issuer":{"name":"Ana"},
                "recipientUnit":{"code":"DPV","name":"Vialidad"}}]}}}""")) {

            Paged<ApprovalsApi.Proposal> proposals = new ApprovalsApi(endpoint.api()).proposals("t", Optional.empty());

            assertThat(proposals.items()).extracting(ApprovalsApi.Proposal::sender).containsExactly("Colonia Reforma");
            assertThat(endpoint.bodies()).hasSize(1);
            assertThat(endpoint.bodies().getFirst()).contains("senderName").doesNotContain("correspondence(");
        }
    }

    @Test
    void responseAttachmentsAreNumberedWithinTheLatestResponse() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("""
                {"data":{"responsesToEvaluate":{"nodes":[{"id":"t1","correspondenceId":"c1",
                "folio":"DCG-2026-000001","subject":"Bacheo","version":3,
                "recipientUnit":{"code":"DPV","name":"Vialidad"},
                "responses":[{"text":"Primera","at":"2026-03-01T10:00:00Z","by":{"name":"Luis"},"attachments":[]},
                {"text":"Segunda","at":"2026-03-02T10:00:00Z","by":{"name":"Luis"},
                "attachments":[{"clientName":"foto.jpg"},{"clientName":"oficio.pdf"}]}]}]}}}""")) {

            ApprovalsApi.ResponseToEvaluate response = new ApprovalsApi(endpoint.api()).responses("t", Optional.empty())
                    .items().getFirst();

            assertThat(response.correspondenceId()).isEqualTo("c1");
            assertThat(response.text()).isEqualTo("Segunda");
            assertThat(response.attachments()).containsExactly(new ApprovalsApi.Attachment("foto.jpg", 2, 1),
                    new ApprovalsApi.Attachment("oficio.pdf", 2, 2));
            assertThat(endpoint.bodies().getFirst()).doesNotContain("url");
        }
    }

    @Test
    void theNextPageIsAskedForWithTheCursorOfThePreviousOne() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("""
                {"data":{"responsesToEvaluate":{"nodes":[],"pageInfo":{"hasNextPage":true,"endCursor":"c-50"}}}}""")) {
            ApprovalsApi approvals = new ApprovalsApi(endpoint.api());

            Paged<ApprovalsApi.ResponseToEvaluate> first = approvals.responses("t", Optional.empty());
            approvals.responses("t", first.nextAfter());

            assertThat(first.nextAfter()).contains("c-50");
            assertThat(endpoint.bodies().getFirst()).doesNotContain("\"after\"");
            assertThat(endpoint.bodies().get(1)).contains("\"after\":\"c-50\"", "\"first\":" + ApprovalsApi.PAGE);
        }
    }
}
