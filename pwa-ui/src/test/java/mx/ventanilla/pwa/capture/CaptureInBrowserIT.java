package mx.ventanilla.pwa.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;
import mx.ventanilla.pwa.testing.Accessibility;
import mx.ventanilla.pwa.testing.BrowserApp;
import mx.ventanilla.pwa.testing.BrowserApp.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Registrar documento" in Debian's Chromium against the real backend: pages from the camera input, compressed in the
 * browser, reordered, retaken and deleted; the metadata with a proposed turn; the upload with its progress bar, the
 * folio and the receipt; the offline queue sending a document captured offline exactly once; bad input.
 */
@ExtendWith(BrowserApp.Resolver.class)
class CaptureInBrowserIT {

    private static final String ITEM = "query($f: String!) { correspondenceByFolio(folio: $f) { id subject"
            + " addresseeUnit { code } scans { pages { width height original { size contentType } } }"
            + " turnTree { id state recipientUnit { code } } } }";
    private static final String SEARCH = "query($t: String!) { searchCorrespondence(text: $t, first: 20) {"
            + " nodes { id folio subject } } }";

    private static BrowserApp app;
    private static List<byte[]> photos;

    private BrowserContext context;

    @BeforeAll
    static void start(BrowserApp shared) {
        app = shared;
        photos = List.of(photo(1, 3000, 4000), photo(2, 3000, 4000), photo(3, 4000, 3000), photo(4, 3000, 4000));
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void officerCapturesThreeCompressedPagesProposesATurnToSvAndGetsTheFolioAndTheReceipt() throws IOException {
        Page page = openCapture(Viewport.PHONE);
        String subject = "Solicitud de bacheo " + UUID.randomUUID();

        for (int index = 0; index < 4; index++) {
            takePhoto(page, index);
        }
        assertThat(thumbnails(page).count()).isEqualTo(4);
        button(page, "Eliminar la página 4").click();
        button(page, "Subir la página 2").click();
        FileChooser chooser = page.waitForFileChooser(() -> button(page, "Volver a tomar la página 3").click());
        chooser.setFiles(payload("pagina-3-otra-vez.jpg", photos.get(3)));
        page.waitForCondition(() -> originalBytes(page).equals(List.of(
                (long) photos.get(1).length, (long) photos.get(0).length, (long) photos.get(3).length)));

        List<Long> compressed = compressedBytes(page);
        assertThat(compressed).allSatisfy(bytes -> assertThat(bytes).isLessThan(photos.get(0).length / 2));
        System.out.printf("PWA capture bytes per page: before %s, after %s%n", originalBytes(page), compressed);

        page.getByLabel("Asunto", new Page.GetByLabelOptions().setExact(true)).fill(subject);
        page.getByLabel("Nombre del remitente").fill("Colonia Centro, comité vecinal");
        button(page, "Proponer turno").click();
        page.getByLabel("Unidad destinataria").selectOption(new SelectOption().setValue(unitId("SV")));
        page.getByLabel("Plazo en días hábiles").fill("7");
        Accessibility.assertNoSeriousViolations(page);

        button(page, "Registrar documento").click();

        String folio = page.locator(".capture-folio").textContent().replaceAll(".* ([A-Z]+-\\d{4}-\\d{6}).*", "$1");
        assertThat(folio).matches("DCG-\\d{4}-\\d{6}");
        assertThat(page.locator(".capture-progress").getAttribute("value")).isEqualTo("100");
        assertThat(page.locator(".capture-progress-text").textContent()).contains("100 %");
        Accessibility.assertNoSeriousViolations(page);

        JsonNode item = app.graphQl("oficialia", ITEM, Map.of("f", folio)).path("correspondenceByFolio");
        assertThat(item.path("subject").asText()).isEqualTo(subject);
        assertThat(item.path("addresseeUnit").path("code").asText()).isEqualTo("DCG");
        assertThat(item.path("scans").path("pages")).hasSize(3).allSatisfy(scan -> assertThat(
                Math.max(scan.path("width").asInt(), scan.path("height").asInt())).isLessThanOrEqualTo(2000));
        JsonNode turn = item.path("turnTree").path(0);
        assertThat(turn.path("state").asText()).isEqualTo("PROPOSED");
        assertThat(turn.path("recipientUnit").path("code").asText()).isEqualTo("SV");

        app.graphQl("director", "mutation($ids: [ID!]!) { approveProposedTurns(ids: $ids) { state } }",
                Map.of("ids", List.of(turn.path("id").asText())));
        JsonNode svTurns = app.graphQl("titular.sv", "{ unitTurns(first: 100) { nodes { folio subject state } } }",
                Map.of()).path("unitTurns").path("nodes");
        assertThat(svTurns.findValuesAsText("folio")).contains(folio);
        assertItIsInTheInboxOfSvOnATablet(subject);

        Download receipt = page.waitForDownload(() -> page.locator(".capture-receipt").click());
        byte[] pdf = Files.readAllBytes(receipt.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static void assertItIsInTheInboxOfSvOnATablet(String subject) {
        try (BrowserContext tablet = app.newContext(Viewport.TABLET, "es-MX")) {
            Page inbox = tablet.newPage();
            app.signIn(inbox, "titular.sv");
            inbox.navigate(app.pwaUrl() + "turnos");
            inbox.locator(".inbox-scope").getByText("Mi unidad").click();
            Locator row = inbox.locator(".turn-grid").getByText(subject);
            Locator more = inbox.locator(".inbox-more");
            inbox.waitForCondition(() -> {
                if (row.count() == 0 && more.isVisible() && more.isEnabled()) {
                    more.click();
                }
                return row.count() > 0;
            });
            assertThat(row.first().isVisible()).isTrue();
        }
    }

    @Test
    void aDocumentCapturedOfflineIsKeptThroughAReloadAndRegisteredExactlyOnceWhenOnline() {
        Page page = openCapture(Viewport.PHONE);
        waitForTheServiceWorker(page);
        String subject = "Captura sin conexión " + UUID.randomUUID();

        context.setOffline(true);
        takePhoto(page, 0);
        page.getByLabel("Asunto", new Page.GetByLabelOptions().setExact(true)).fill(subject);
        page.getByLabel("Nombre del remitente").fill("Ejido San Pedro");
        button(page, "Registrar documento").click();

        page.locator(".capture-message", new Page.LocatorOptions().setHasText("Sin conexión")).waitFor();
        Locator queued = page.locator(".capture-queue-item", new Page.LocatorOptions().setHasText(subject));
        assertThat(queued.locator(".capture-queue-status").textContent()).isEqualTo("Pendiente de envío");
        assertThat(page.locator(".capture-message").textContent()).startsWith("Sin conexión");

        page.reload();
        Locator afterReload = page.locator(".capture-queue-item", new Page.LocatorOptions().setHasText(subject));
        assertThat(afterReload.locator(".capture-queue-status").textContent()).isEqualTo("Pendiente de envío");
        Accessibility.assertNoSeriousViolations(page);
        assertThat(searchFor(subject)).isEmpty();

        context.setOffline(false);
        page.evaluate("() => import('./app/capture-queue.js').then(q => Promise.all([q.flush(), q.flush()]))");

        afterReload.locator(".capture-queue-status", new Locator.LocatorOptions().setHasText("Registrado"))
                .waitFor();
        String status = afterReload.locator(".capture-queue-status").textContent();
        assertThat(status).matches("Registrado DCG-\\d{4}-\\d{6}");
        page.evaluate("() => import('./app/capture-queue.js').then(q => Promise.all([q.flush(), q.flush()]))");
        List<JsonNode> found = searchFor(subject);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("folio").asText()).isEqualTo(status.substring("Registrado ".length()));
    }

    @Test
    void badInputOnATabletGetsClearMessagesAndRegistersNothing() {
        Page page = openCapture(Viewport.TABLET);
        String sender = "Remitente sin asunto " + UUID.randomUUID();
        Accessibility.assertNoSeriousViolations(page);

        page.locator("input.capture-camera").setInputFiles(new FilePayload("no-es-foto.jpg", "image/jpeg",
                "Esto es texto, no una fotografía.".getBytes(StandardCharsets.UTF_8)));
        page.locator("#capture-pages-error", new Page.LocatorOptions().setHasText("no-es-foto.jpg")).waitFor();
        assertThat(page.locator("#capture-pages-error").textContent())
                .isEqualTo("«no-es-foto.jpg» no es una foto ni un PDF que se pueda leer. No se agregó.");
        assertThat(thumbnails(page).count()).isZero();

        page.getByLabel("Nombre del remitente").fill(sender);
        button(page, "Registrar documento").click();

        assertThat(page.locator(".capture-errors").textContent()).isEqualTo("Revise los datos marcados; no se registró nada.");
        assertThat(page.locator("#capture-subject-error").textContent()).isEqualTo("Este dato es obligatorio.");
        assertThat(page.locator("#capture-subject").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#capture-pages-error").textContent()).isEqualTo("Agregue al menos una página.");
        Accessibility.assertNoSeriousViolations(page);

        takePhoto(page, 0);
        page.getByLabel("Asunto", new Page.GetByLabelOptions().setExact(true)).fill("Con plazo inválido");
        button(page, "Proponer turno").click();
        page.getByLabel("Plazo en días hábiles").fill("300");
        button(page, "Registrar documento").click();
        assertThat(page.locator(".capture-field-error", new Page.LocatorOptions().setHasText("Indique entre 1 y 250"))
                .count()).isEqualTo(1);
        assertThat(page.locator(".capture-field-error", new Page.LocatorOptions().setHasText("obligatorio")).count())
                .isEqualTo(1);

        assertThat(searchFor(sender)).isEmpty();
        assertThat(page.locator(".capture-queue-item").count()).isZero();
    }

    @Test
    void aManagerWithoutTheOfficerRoleIsToldTheScreenIsNotForHerRoleAndHasNoMenuEntry() {
        context = app.newContext(Viewport.PHONE, "es-MX");
        Page page = context.newPage();
        app.signIn(page, "director");

        page.navigate(app.pwaUrl() + "registrar");

        assertThat(page.locator(".capture-not-for-role").textContent()).startsWith("Esta pantalla es para oficialía");
        assertThat(page.locator("ventanilla-capture").count()).isZero();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Registrar documento"))
                .count()).isZero();
    }

    private Page openCapture(Viewport viewport) {
        context = app.newContext(viewport, "es-MX");
        Page page = context.newPage();
        page.onPageError(error -> System.out.println("browser error: " + error));
        app.signIn(page, "oficialia");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Registrar documento"))
                .count()).isEqualTo(1);
        page.navigate(app.pwaUrl() + "registrar");
        try {
            page.locator("ventanilla-capture .capture-form").waitFor();
        } catch (RuntimeException e) {
            System.out.println("capture screen: " + page.locator("vaadin-app-layout").innerHTML());
            throw e;
        }
        return page;
    }

    /**
     * Waits until the service worker controls the page, as it does for every page opened after its first visit. A page
     * that was opened while the worker was still installing is reloaded once rather than waiting for the claim.
     */
    private static void waitForTheServiceWorker(Page page) {
        page.evaluate("async () => { await navigator.serviceWorker.ready; }");
        if (!isControlled(page)) {
            page.reload();
            page.locator("ventanilla-capture .capture-form").waitFor();
        }
        page.waitForCondition(() -> isControlled(page), new Page.WaitForConditionOptions().setTimeout(60_000));
    }

    private static boolean isControlled(Page page) {
        return Boolean.TRUE.equals(page.evaluate("() => !!navigator.serviceWorker.controller"));
    }

    private static void takePhoto(Page page, int index) {
        int before = thumbnails(page).count();
        page.locator("input.capture-camera").setInputFiles(payload("pagina-" + (index + 1) + ".jpg",
                photos.get(index)));
        thumbnails(page).nth(before).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
    }

    private static Locator thumbnails(Page page) {
        return page.locator(".capture-thumb");
    }

    private static List<Long> originalBytes(Page page) {
        return attribute(page, "data-original-bytes");
    }

    private static List<Long> compressedBytes(Page page) {
        return attribute(page, "data-bytes");
    }

    private static List<Long> attribute(Page page, String name) {
        List<Long> values = new ArrayList<>();
        for (Locator thumb : thumbnails(page).all()) {
            values.add(Long.parseLong(thumb.getAttribute(name)));
        }
        return values;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String unitId(String code) {
        JsonNode units = app.graphQl("oficialia", "{ addressees { id code } }", Map.of()).path("addressees");
        for (JsonNode unit : units) {
            if (code.equals(unit.path("code").asText())) {
                return unit.path("id").asText();
            }
        }
        throw new AssertionError("No addressee " + code);
    }

    private static List<JsonNode> searchFor(String text) {
        List<JsonNode> found = new ArrayList<>();
        app.graphQl("oficialia", SEARCH, Map.of("t", text)).path("searchCorrespondence").path("nodes")
                .forEach(found::add);
        return found;
    }

    private static FilePayload payload(String name, byte[] jpeg) {
        return new FilePayload(name, "image/jpeg", jpeg);
    }

    /** A camera-sized page photo: paper, lines of "text", a stamp and sensor noise, so JPEG has work to do. */
    private static byte[] photo(int seed, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(236, 232, 222));
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 54));
        for (int y = 300; y < height - 200; y += 90) {
            g.setColor(new Color(30 + random.nextInt(30), 30, 40 + random.nextInt(30)));
            StringBuilder line = new StringBuilder();
            for (int word = 0; word < 12; word++) {
                line.append("palabra".substring(0, 2 + random.nextInt(5))).append(' ');
            }
            g.drawString(line.toString(), 200, y);
        }
        g.setColor(new Color(122, 31, 61, 160));
        g.fillOval(width - 900, height - 900, 600, 600);
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(13) - 6;
                int rgb = row[x];
                row[x] = (clamp(((rgb >> 16) & 0xff) + noise) << 16) | (clamp(((rgb >> 8) & 0xff) + noise) << 8)
                        | clamp((rgb & 0xff) + noise);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
