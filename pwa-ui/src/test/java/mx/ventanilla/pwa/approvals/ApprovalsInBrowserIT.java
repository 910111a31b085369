package mx.ventanilla.pwa.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import mx.ventanilla.pwa.testing.Accessibility;
import mx.ventanilla.pwa.testing.BrowserApp;
import mx.ventanilla.pwa.testing.BrowserApp.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Aprobaciones" in Debian's Chromium on tablets (and a phone): proposed turns registered through the API by the
 * registry desk are approved several at once, edited then approved, or rejected with a reason; responses are accepted
 * with a rating or returned with a reason; every result is checked through the API.
 */
@ExtendWith(BrowserApp.Resolver.class)
class ApprovalsInBrowserIT {

    private static final String TURN = "query($id: ID!) { turn(id: $id) { state dueDate rating reason } }";

    private static BrowserApp app;
    private static Map<String, String> units;

    private BrowserContext context;

    @BeforeAll
    static void start(BrowserApp shared) {
        app = shared;
        units = new HashMap<>();
        app.graphQl("admin", "{ orgTree { id code } }", Map.of()).path("orgTree")
                .forEach(unit -> units.put(unit.path("code").asText(), unit.path("id").asText()));
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theDirectorApprovesTwoProposalsOfTwoItemsAtOnceOnATablet() {
        Proposed first = propose("DPV");
        Proposed second = propose("DAC");
        Page page = openApprovals("director", Viewport.TABLET);
        Accessibility.assertNoSeriousViolations(page);

        shown(page, first).check();
        shown(page, second).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aprobar seleccionados")).click();

        page.locator(".result-success").filter(new Locator.FilterOptions().setHasText(first.folio)).waitFor();
        page.locator(".result-success").filter(new Locator.FilterOptions().setHasText(second.folio)).waitFor();
        assertThat(turn(first).path("state").asText()).isEqualTo("SENT");
        assertThat(turn(second).path("state").asText()).isEqualTo("SENT");
        PlaywrightAssertions.assertThat(shown(page, first)).hasCount(0);
        PlaywrightAssertions.assertThat(shown(page, second)).hasCount(0);
    }

    @Test
    void editingBeforeApprovingChangesTheDueDate() {
        Proposed proposed = propose("DPV");
        String proposedDue = turn(proposed).path("dueDate").asText();
        Page page = openApprovals("director", Viewport.TABLET_LANDSCAPE);

        shown(page, proposed).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Editar y aprobar")).click();
        page.getByLabel("O días hábiles a partir de hoy").fill("2");
        Accessibility.assertNoSeriousViolations(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aprobar con cambios")).click();

        page.locator(".result-success").filter(new Locator.FilterOptions().setHasText(proposed.folio)).waitFor();
        JsonNode approved = turn(proposed);
        assertThat(approved.path("state").asText()).isEqualTo("SENT");
        assertThat(LocalDate.parse(approved.path("dueDate").asText())).isBefore(LocalDate.parse(proposedDue));
    }

    @Test
    void rejectingAProposalNeedsAReason() {
        Proposed proposed = propose("DAC");
        Page page = openApprovals("director", Viewport.TABLET);

        shown(page, proposed).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechazar")).click();
        page.locator(".confirm-reason").click();

        page.getByText("Escriba el motivo.").waitFor();
        assertThat(turn(proposed).path("state").asText()).isEqualTo("PROPOSED");
        page.getByLabel("Motivo").fill("No corresponde a esa área");
        page.locator(".confirm-reason").click();
        page.locator(".result-success").filter(new Locator.FilterOptions().setHasText(proposed.folio)).waitFor();
        JsonNode rejected = turn(proposed);
        assertThat(rejected.path("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("reason").asText()).isEqualTo("No corresponde a esa área");
    }

    @Test
    void responsesAreAcceptedWithARatingOrReturnedWithAReason() {
        Proposed accepted = answered();
        Proposed returned = answered();
        Page page = openApprovals("director", Viewport.TABLET);
        shown(page, accepted).waitFor();
        Accessibility.assertNoSeriousViolations(page);

        shown(page, accepted).check();
        page.getByLabel("Calificación").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Regular")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aceptar seleccionadas")).click();
        page.locator(".result-success").filter(new Locator.FilterOptions().setHasText(accepted.folio)).waitFor();
        shown(page, returned).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Devolver")).click();
        page.getByLabel("Motivo").fill("Falta el anexo firmado");
        page.locator(".confirm-reason").click();
        page.locator(".result-success").filter(new Locator.FilterOptions().setHasText(returned.folio)).waitFor();

        assertThat(turn(accepted).path("state").asText()).isEqualTo("CONCLUDED");
        assertThat(turn(accepted).path("rating").asText()).isEqualTo("REGULAR");
        assertThat(turn(returned).path("state").asText()).isEqualTo("RETURNED");
        assertThat(turn(returned).path("reason").asText()).isEqualTo("Falta el anexo firmado");
    }

    @Test
    void aResponseEvaluatedMeanwhileIsAConflictAndLeavesTheList() {
        Proposed stale = answered();
        Page page = openApprovals("director", Viewport.TABLET);
        shown(page, stale).check();

        app.graphQl("director", "mutation($id: ID!) { acceptResponse(turnId: $id) { state } }",
                Map.of("id", stale.turnId));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aceptar seleccionadas")).click();

        Locator error = page.locator(".result-error").filter(new Locator.FilterOptions().setHasText(stale.folio));
        error.waitFor();
        assertThat(error.textContent()).contains("Alguien más cambió esta información");
        PlaywrightAssertions.assertThat(shown(page, stale)).hasCount(0);
        assertThat(turn(stale).path("rating").isNull()).isTrue();
    }

    @Test
    void aManagerOfAnotherBranchDoesNotSeeTheseProposals() {
        Proposed proposed = propose("DPV");

        Page page = openApprovals("titular.sj", Viewport.TABLET);

        page.getByText("No hay turnos propuestos pendientes de su decisión.").waitFor();
        PlaywrightAssertions.assertThat(shown(page, proposed)).hasCount(0);
    }

    @Test
    void onAPhoneProposalsAreCardsThatStillSelectAndApprove() {
        Proposed proposed = propose("DAC");
        Page page = openApprovals("director", Viewport.PHONE);
        page.locator(".decision-card").filter(new Locator.FilterOptions().setHasText(proposed.folio)).first()
                .waitFor();
        Accessibility.assertNoSeriousViolations(page);

        shown(page, proposed).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aprobar seleccionados")).click();

        page.locator(".result-success").filter(new Locator.FilterOptions().setHasText(proposed.folio)).waitFor();
        assertThat(turn(proposed).path("state").asText()).isEqualTo("SENT");
    }

    @Test
    void anOfficerIsToldTheScreenIsNotForHerAndHasNoLinkToIt() {
        Page page = openApprovals("oficialia", Viewport.TABLET);

        assertThat(page.locator(".refused").textContent()).contains("titulares");
        assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions()
                .setHasText("Aprobaciones")).count()).isZero();
        Accessibility.assertNoSeriousViolations(page);
    }

    private Page openApprovals(String username, Viewport viewport) {
        context = app.newContext(viewport, "es-MX");
        Page page = context.newPage();
        app.signIn(page, username);
        page.navigate(app.pwaUrl() + "aprobaciones");
        page.locator(".approvals-view h2").waitFor();
        return page;
    }

    /** The row's checkbox, if shown: the grid keeps rows it no longer needs in the page, hidden, for reuse. */
    private static Locator shown(Page page, Proposed proposed) {
        return page.getByLabel(select(proposed)).filter(new Locator.FilterOptions().setVisible(true));
    }

    private static String select(Proposed proposed) {
        return "Seleccionar " + proposed.folio + " → " + proposed.recipient;
    }

    private static JsonNode turn(Proposed proposed) {
        return app.graphQl("director", TURN, Map.of("id", proposed.turnId)).path("turn");
    }

    /** Registers an item for the Dirección General with one proposed turn to {@code recipient}. */
    private static Proposed propose(String recipient) {
        Map<String, Object> input = registration("Propuesta " + UUID.randomUUID());
        input.put("proposedTurns", List.of(Map.of("recipientUnitId", units.get(recipient), "instruction", "ATTENTION",
                "dueInBusinessDays", 8, "instructions", "Atender y responder.")));
        JsonNode item = app.graphQl("oficialia", "mutation($input: RegisterCorrespondenceInput!) {"
                + " registerCorrespondence(input: $input) { folio turnTree { id } } }", Map.of("input", input))
                .path("registerCorrespondence");
        return new Proposed(item.path("folio").asText(), item.path("turnTree").path(0).path("id").asText(),
                recipient);
    }

    /** An item the director turned to SV, whose manager received and answered it. */
    private static Proposed answered() {
        JsonNode item = app.graphQl("oficialia", "mutation($input: RegisterCorrespondenceInput!) {"
                        + " registerCorrespondence(input: $input) { id folio } }",
                Map.of("input", registration("Respuesta " + UUID.randomUUID()))).path("registerCorrespondence");
        String turnId = app.graphQl("director", "mutation($id: ID!, $turns: [TurnInput!]!) {"
                        + " turnCorrespondence(correspondenceId: $id, turns: $turns) { id } }",
                Map.of("id", item.path("id").asText(), "turns", List.of(Map.of("recipientUnitId", units.get("SV"),
                        "instruction", "ATTENTION", "dueInBusinessDays", 5))))
                .path("turnCorrespondence").path(0).path("id").asText();
        app.graphQl("titular.sv", "mutation($id: ID!) { receiveTurn(id: $id) { id } }", Map.of("id", turnId));
        app.graphQl("titular.sv", "mutation($id: ID!) { respondToTurn(id: $id, text: \"Se atendió.\") { id } }",
                Map.of("id", turnId));
        return new Proposed(item.path("folio").asText(), turnId, "SV");
    }

    private static Map<String, Object> registration(String subject) {
        Map<String, Object> input = new HashMap<>();
        input.put("direction", "INCOMING");
        input.put("documentType", "OFICIO");
        input.put("documentDate", LocalDate.now(BrowserApp.TIME_ZONE).minusDays(2).toString());
        input.put("receivedAt", Instant.now().minusSeconds(600).toString());
        input.put("sender", Map.of("kind", "CITIZEN", "name", "María López Hernández"));
        input.put("addresseeUnitId", units.get("DG"));
        input.put("subject", subject);
        input.put("archivalSeries", "2C.5");
        return input;
    }

    private record Proposed(String folio, String turnId, String recipient) {
    }
}
