package mx.ventanilla.pwa.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import mx.ventanilla.pwa.testing.Accessibility;
import mx.ventanilla.pwa.testing.BrowserApp;
import mx.ventanilla.pwa.testing.BrowserApp.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Mis turnos", the item detail and the answer to a turn in Debian's Chromium, on phone and tablet viewports, against
 * the real backend. Items are registered by the registry desk ({@code oficialia}) and turned by the director through
 * the API, to the Texcoco regional office ({@code titular.texcoco}), each with a subject of its own.
 */
@ExtendWith(BrowserApp.Resolver.class)
class InboxInBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECIPIENT = "titular.texcoco";
    private static final String REGISTER = "mutation($input: RegisterCorrespondenceInput!, $pages: [Upload!]) {"
            + " registerCorrespondence(input: $input, pages: $pages) { id folio } }";
    private static final String TURN = "mutation($id: ID!, $turns: [TurnInput!]!) {"
            + " turnCorrespondence(correspondenceId: $id, turns: $turns) { id } }";

    private static BrowserApp app;
    private static String dg;
    private static String drx;
    private static String dpv;
    private static String recipientId;

    private BrowserContext context;

    @BeforeAll
    static void start(BrowserApp shared) {
        app = shared;
        JsonNode tree = app.graphQl("director", "{ orgTree { id code } }", Map.of()).path("orgTree");
        tree.forEach(unit -> {
            if ("DG".equals(unit.path("code").asText())) {
                dg = unit.path("id").asText();
            }
            if ("DRX".equals(unit.path("code").asText())) {
                drx = unit.path("id").asText();
            }
            if ("DPV".equals(unit.path("code").asText())) {
                dpv = unit.path("id").asText();
            }
        });
        recipientId = app.graphQl(RECIPIENT, "{ me { user { id } } }", Map.of()).path("me").path("user").path("id")
                .asText();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aTurnCreatedThroughTheApiAppearsLiveInTheOpenInboxOfItsRecipientOnAPhone() {
        Page page = signedIn(Viewport.PHONE, RECIPIENT);
        page.waitForURL("**/turnos");
        page.locator(".inbox-message").waitFor();
        Accessibility.assertNoSeriousViolations(page);
        String subject = unique("Aviso en vivo");

        String item = registered(subject, List.of());
        turned(item, 10);

        Locator card = page.locator(".turn-card", new Page.LocatorOptions().setHasText(subject));
        card.waitFor();
        assertThat(card.locator(".traffic-light").textContent()).isEqualTo("A tiempo");
        assertThat(card.locator(".turn-state").textContent()).isEqualTo("Enviado");
        assertThat(card.locator(".turn-sender").textContent()).contains("Colonia Reforma");
        assertThat(page.locator("vaadin-notification-card.new-turn-notification").textContent()).contains("Nuevo turno", subject);
        assertThat(page.locator(".turn-grid").isVisible()).isFalse();
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void aLiveEventKeepsThePagesLoadedWithCargarMas() {
        for (int filler = 0; filler <= InboxView.PAGE_SIZE; filler++) {
            turned(registered(unique("Relleno"), List.of()), 100);
        }
        String far = unique("Lejano");
        turned(registered(far, List.of()), 249);
        Page page = signedIn(Viewport.PHONE, RECIPIENT);
        page.waitForURL("**/turnos");
        Locator farCard = page.locator(".turn-card", new Page.LocatorOptions().setHasText(far));
        Locator cards = page.locator(".turn-card");
        cards.first().waitFor();
        while (farCard.count() == 0) {
            int before = cards.count();
            page.locator(".inbox-more").click();
            page.waitForFunction("n => document.querySelectorAll('.turn-card').length > n", before);
        }
        int loaded = cards.count();
        assertThat(loaded).isGreaterThan(InboxView.PAGE_SIZE);

        String arriving = unique("Llega después");
        turned(registered(arriving, List.of()), 248);

        page.locator(".turn-card", new Page.LocatorOptions().setHasText(arriving)).waitFor();
        assertThat(farCard.isVisible()).isTrue();
        assertThat(cards.count()).isGreaterThan(loaded);
    }

    @Test
    void aTurnToAUnitBelowTheManagersShowsInMiUnidadAndNotInMios() {
        String subject = unique("Para la unidad");
        String item = registered(subject, List.of());
        app.graphQl("director", TURN, Map.of("id", item, "turns", List.of(Map.of("recipientUnitId", dpv,
                "instruction", "ATTENTION", "dueInBusinessDays", 10))));
        Page page = signedIn(Viewport.PHONE, "titular.sv");
        page.waitForURL("**/turnos");
        page.locator(".inbox-message").waitFor();
        Locator card = page.locator(".turn-card", new Page.LocatorOptions().setHasText(subject));
        assertThat(card.count()).isZero();

        page.getByLabel("Mi unidad").check();

        card.waitFor();
        assertThat(card.locator(".traffic-light").textContent()).isEqualTo("A tiempo");
        page.getByLabel("Míos").check();
        waitUntilGone(card);
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void filtersByTrafficLightAndStateNarrowTheGridOnATablet() {
        String dueSoon = unique("Por vencer");
        String onTime = unique("A tiempo");
        String received = turned(registered(dueSoon, List.of()), 1);
        turned(registered(onTime, List.of()), 40);
        app.graphQl(RECIPIENT, "mutation($id: ID!) { receiveTurn(id: $id) { state } }", Map.of("id", received));
        Page page = signedIn(Viewport.TABLET, RECIPIENT);
        page.waitForURL("**/turnos");
        Locator grid = page.locator(".turn-grid");
        grid.getByText(onTime).waitFor();
        grid.getByText(dueSoon).waitFor();
        Accessibility.assertNoSeriousViolations(page);

        choose(page, "Semáforo", "Amarillo · Por vencer");
        waitUntilGone(grid.getByText(onTime));
        assertThat(grid.getByText(dueSoon).isVisible()).isTrue();
        assertThat(grid.locator(".traffic-light-green >> visible=true").count()).isZero();

        choose(page, "Semáforo", "Todos");
        grid.getByText(onTime).waitFor();
        choose(page, "Estado", "Recibido");
        waitUntilGone(grid.getByText(onTime));
        assertThat(grid.getByText(dueSoon).isVisible()).isTrue();

        choose(page, "Estado", "Concluido");
        waitUntilGone(grid.getByText(dueSoon));
    }

    @Test
    void aReversedDateRangeIsRefusedWithAMessageAndLeavesTheListAsItWas() {
        String subject = unique("Rango");
        turned(registered(subject, List.of()), 10);
        Page page = signedIn(Viewport.PHONE, RECIPIENT);
        page.waitForURL("**/turnos");
        page.locator(".turn-card", new Page.LocatorOptions().setHasText(subject)).waitFor();

        choose(page, "Periodo de turno", "Rango de fechas");
        page.getByLabel("Desde").fill("31/12/2026");
        page.getByLabel("Desde").press("Enter");
        page.getByLabel("Hasta").fill("1/1/2026");
        page.getByLabel("Hasta").press("Enter");

        assertThat(page.locator(".inbox-filter-error").textContent()).contains("posterior");
        assertThat(page.locator(".turn-card", new Page.LocatorOptions().setHasText(subject)).isVisible()).isTrue();
    }

    @Test
    void theRangePickersOfASpanishInboxNameMonthsAndDaysInSpanishAndStartOnMonday() {
        Page page = signedIn(Viewport.TABLET, RECIPIENT);
        page.waitForURL("**/turnos");
        choose(page, "Periodo de turno", "Rango de fechas");
        page.getByLabel("Desde").fill("5/3/2026");
        page.getByLabel("Desde").press("Enter");

        Object calendar = page.evaluate("() => {"
                + " const p = document.querySelector('vaadin-date-picker.inbox-filter-from');"
                + " return [p.i18n.monthNames[0], p.i18n.weekdays[1], p.i18n.firstDayOfWeek, p.value,"
                + " p.inputElement.value].join(' '); }");

        assertThat(calendar).hasToString("enero lunes 1 2026-03-05 05/03/2026");
        Accessibility.assertNoSeriousViolations(page);
        page.getByLabel("Desde").click();
        page.getByText("marzo 2026").first().waitFor();
    }

    @Test
    void theItemShowsItsThumbnailsAndTheZoomViewerOnPhoneAndTablet() {
        String subject = unique("Con páginas");
        String item = registered(subject, List.of(jpeg(Color.ORANGE), jpeg(Color.CYAN)));
        turned(item, 10);

        for (Viewport viewport : List.of(Viewport.PHONE, Viewport.TABLET)) {
            Page page = signedIn(viewport, RECIPIENT);
            page.navigate(app.pwaUrl() + "documento/" + item);
            Locator thumbnails = page.locator(".item-thumbnail");
            thumbnails.first().waitFor();
            assertThat(thumbnails.count()).isEqualTo(2);
            assertThat(page.locator(".item-heading").textContent()).contains(subject);
            assertThat(page.locator(".item-sender").textContent()).contains("Colonia Reforma");
            assertThat(page.locator(".item-turn .traffic-light").first().textContent()).isEqualTo("A tiempo");
            waitForImage(page, ".item-thumbnail img");
            Accessibility.assertNoSeriousViolations(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ver la página 2")).click();
            page.locator(".viewer-image").waitFor();
            waitForImage(page, ".viewer-image");
            PlaywrightAssertions.assertThat(page.locator(".viewer-position")).hasText("Página 2 de 2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acercar")).click();
            PlaywrightAssertions.assertThat(page.locator(".viewer-image")).hasAttribute("data-zoom", "1.50");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Página anterior")).click();
            PlaywrightAssertions.assertThat(page.locator(".viewer-position")).hasText("Página 1 de 2");
            PlaywrightAssertions.assertThat(page.locator(".viewer-image")).hasAttribute("data-zoom", "1.00");
            Accessibility.assertNoSeriousViolations(page);
            context.close();
            context = null;
        }
    }

    @Test
    void theRecipientAnswersWithTextAndAPhotoAndTheIssuerSeesTheTurnAnswered() {
        String subject = unique("Para responder");
        String item = registered(subject, List.of());
        String turn = turned(item, 10);
        Page page = signedIn(Viewport.PHONE, RECIPIENT);
        page.navigate(app.pwaUrl() + "documento/" + item);

        page.locator(".item-turn-state", new Page.LocatorOptions().setHasText("Recibido")).waitFor();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Responder")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar respuesta")).click();
        assertThat(page.locator(".respond-error").textContent()).isEqualTo("Escriba la respuesta antes de enviarla.");
        assertThat(stateOf(turn)).isEqualTo("RECEIVED");
        Accessibility.assertNoSeriousViolations(page);

        page.getByLabel("Respuesta").fill("Se atendió la solicitud; anexo fotografía.");
        List<Path> answerDirectoriesBefore = answerDirectories();
        page.locator(".respond-photos input[type=file]").setInputFiles(
                new FilePayload("evidencia.jpg", "image/jpeg", jpeg(Color.GREEN)));
        page.locator(".respond-photos vaadin-upload-file[complete]").waitFor();
        List<Path> waiting = answerDirectories().stream().filter(dir -> !answerDirectoriesBefore.contains(dir))
                .toList();
        assertThat(waiting).singleElement().satisfies(dir -> assertThat(dir).isNotEmptyDirectory());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar respuesta")).click();

        page.locator("vaadin-notification-card.respond-sent").waitFor();
        assertThat(deletedWithinSeconds(waiting.getFirst(), 10)).as("the answer's files are deleted").isTrue();
        assertThat(stateOf(turn)).isEqualTo("ANSWERED");
        JsonNode response = app.graphQl("director", "query($id: ID!) { turn(id: $id) { responses { text"
                + " attachments { contentType size } } } }", Map.of("id", turn)).path("turn").path("responses").path(0);
        assertThat(response.path("text").asText()).isEqualTo("Se atendió la solicitud; anexo fotografía.");
        assertThat(response.path("attachments").path(0).path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(page.locator(".item-turn-state").first().textContent()).isEqualTo("Respondido");

        Locator attachment = page.locator("a.item-response-attachment",
                new Page.LocatorOptions().setHasText("evidencia.jpg"));
        String path = attachment.getAttribute("href");
        assertThat(path).isEqualTo("/device/files/" + item + "/turns/" + turn + "/responses/1/attachments/1");
        APIResponse file = page.request().get(app.pwaUrl() + path.substring(1));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-type")).isEqualTo("image/jpeg");
        assertThat(file.headers().get("cache-control")).isEqualTo("private, no-store");
        assertThat(file.headers().get("content-disposition")).contains("evidencia.jpg");
        assertThat(page.request().get(app.pwaUrl() + path.substring(1).replace("attachments/1", "attachments/2"))
                .status()).isEqualTo(404);
        String otherItem = registered(unique("Otro documento"), List.of());
        assertThat(page.request().get(app.pwaUrl() + path.substring(1).replace(item, otherItem)).status())
                .isEqualTo(404);
        Accessibility.assertNoSeriousViolations(page);

        context.close();
        Page stranger = signedIn(Viewport.PHONE, "titular.saf");
        assertThat(stranger.request().get(app.pwaUrl() + path.substring(1)).status()).isEqualTo(404);
    }

    @Test
    void someoneWithoutAccessGetsTheNoAccessPageAndTheFilesEndpointAnswers404() {
        String subject = unique("Sin acceso");
        String item = registered(subject, List.of(jpeg(Color.PINK)));
        turned(item, 10);
        Page page = signedIn(Viewport.TABLET, "titular.saf");

        page.navigate(app.pwaUrl() + "documento/" + item);

        assertThat(page.locator(".item-not-found").textContent()).isEqualTo("No existe o no tiene acceso");
        assertThat(page.content()).doesNotContain(subject);
        Accessibility.assertNoSeriousViolations(page);
        assertThat(page.request().get(app.pwaUrl() + "device/files/" + item + "/pages/1/thumbnail").status())
                .isEqualTo(404);
        assertThat(page.request().get(app.pwaUrl() + "device/files/" + item + "/receipt").status()).isEqualTo(404);
        assertThat(app.get("device/files/" + item + "/pages/1/thumbnail").statusCode()).isEqualTo(401);

        context.close();
        Page allowed = signedIn(Viewport.TABLET, RECIPIENT);
        APIResponse thumbnail = allowed.request().get(app.pwaUrl() + "device/files/" + item + "/pages/1/thumbnail");
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.headers().get("content-type")).startsWith("image/");
        assertThat(thumbnail.headers().get("cache-control")).isEqualTo("private, no-store");
        APIResponse receipt = allowed.request().get(app.pwaUrl() + "device/files/" + item + "/receipt");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(new String(receipt.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(allowed.request().get(app.pwaUrl() + "device/files/" + item + "/pages/9/original").status())
                .isEqualTo(404);
    }

    private Page signedIn(Viewport viewport, String username) {
        context = app.newContext(viewport, "es-MX");
        Page page = context.newPage();
        app.signIn(page, username);
        return page;
    }

    private static void choose(Page page, String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void waitUntilGone(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    private static void waitForImage(Page page, String selector) {
        page.waitForFunction("s => { const i = document.querySelector(s); return i && i.complete && i.naturalWidth > 0; }",
                selector);
    }

    private static String stateOf(String turn) {
        return app.graphQl("director", "query($id: ID!) { turn(id: $id) { state } }", Map.of("id", turn))
                .path("turn").path("state").asText();
    }

    private static String unique(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Turns the item to the Texcoco office, naming its head, due in so many business days; the turn's id. */
    private static String turned(String item, int businessDays) {
        Map<String, Object> turn = Map.of("recipientUnitId", drx, "recipientUserId", recipientId,
                "instruction", "ATTENTION", "dueInBusinessDays", businessDays);
        return app.graphQl("director", TURN, Map.of("id", item, "turns", List.of(turn)))
                .path("turnCorrespondence").path(0).path("id").asText();
    }

    /** Registers an item for the Dirección General as the registry desk, with these JPEG pages; its id. */
    private static String registered(String subject, List<byte[]> pages) {
        Map<String, Object> input = new HashMap<>();
        input.put("direction", "INCOMING");
        input.put("documentType", "OFICIO");
        input.put("documentDate", LocalDate.now(BrowserApp.TIME_ZONE).minusDays(2).toString());
        input.put("receivedAt", Instant.now().minusSeconds(600).toString());
        input.put("sender", Map.of("kind", "ORGANISATION", "name", "Colonia Reforma"));
        input.put("addresseeUnitId", dg);
        input.put("subject", subject);
        input.put("archivalSeries", "2C.5");
        if (pages.isEmpty()) {
            return app.graphQl("oficialia", REGISTER, Map.of("input", input)).path("registerCorrespondence")
                    .path("id").asText();
        }
        return multipart(input, pages).path("data").path("registerCorrespondence").path("id").asText();
    }

    private static JsonNode multipart(Map<String, Object> input, List<byte[]> pages) {
        String token = app.graphQl("oficialia", "mutation($u: String!, $p: String!) { signIn(username: $u,"
                + " password: $p) { accessToken } }", Map.of("u", "oficialia", "p", BrowserApp.PASSWORD))
                .path("signIn").path("accessToken").asText();
        String boundary = "----InboxTest" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input);
        List<Object> nulls = new ArrayList<>();
        StringBuilder map = new StringBuilder("{");
        for (int i = 0; i < pages.size(); i++) {
            nulls.add(null);
            map.append(i == 0 ? "" : ",").append('"').append(i).append("\":[\"variables.pages.").append(i).append("\"]");
        }
        variables.put("pages", nulls);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "Content-Disposition: form-data; name=\"operations\"",
                json(Map.of("query", REGISTER, "variables", variables)).getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "Content-Disposition: form-data; name=\"map\"",
                (map + "}").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < pages.size(); i++) {
            part(body, boundary, "Content-Disposition: form-data; name=\"" + i + "\"; filename=\"pagina-" + (i + 1)
                    + ".jpg\"\r\nContent-Type: image/jpeg", pages.get(i));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.backendUri() + "/graphql"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            JsonNode answer = JSON.readTree(HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(answer.has("errors")).as("registration errors: %s", answer).isFalse();
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directories where answers' files wait in this JVM's temporary directory. */
    private static List<Path> answerDirectories() {
        try (Stream<Path> paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return paths.filter(path -> path.getFileName().toString().startsWith("ventanilla-answer-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean deletedWithinSeconds(Path path, int seconds) {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Files.exists(path) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !Files.exists(path);
    }

    private static byte[] jpeg(Color colour) {
        BufferedImage image = new BufferedImage(480, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 480, 640);
        graphics.setColor(Color.BLACK);
        graphics.drawString("Ventanilla", 40, 60);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
