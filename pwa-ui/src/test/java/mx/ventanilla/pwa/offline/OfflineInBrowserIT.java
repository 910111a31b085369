package mx.ventanilla.pwa.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import mx.ventanilla.pwa.testing.Accessibility;
import mx.ventanilla.pwa.testing.BrowserApp;
import mx.ventanilla.pwa.testing.BrowserApp.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The offline copy on a phone in Debian's Chromium: taken while online, read offline after a reload (inbox and item
 * with thumbnails, under the "Sin conexión — datos de las HH:MM" banner), gone after sign-out, never shown to the next
 * user of the same browser; and the app is installable.
 */
@ExtendWith(BrowserApp.Resolver.class)
class OfflineInBrowserIT {

    private static final String DPV_MANAGER = "jefe.dpv";
    private static final String SJ_MANAGER = "titular.sj";
    private static final String OFFLINE_BANNER = "Sin conexión — datos de las \\d{2}:\\d{2}";

    private static BrowserApp app;
    private static TestItems.Item urgent;
    private static TestItems.Item twoPages;

    private BrowserContext context;

    @BeforeAll
    static void start(BrowserApp shared) {
        app = shared;
        TestItems items = new TestItems(shared);
        urgent = items.registerAndTurn("Copia sin conexión urgente", 1, "DPV", "URGENT");
        twoPages = items.registerAndTurn("Copia sin conexión dos páginas", 2, "DPV", "NORMAL");
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theOfflineInboxListsTheCopiedTurnsUnderTheBannerWithTheCopysTime() {
        Page page = signedInWithACopy(DPV_MANAGER);

        context.setOffline(true);
        page.reload();

        page.locator("body[data-offline-view=inbox]").waitFor();
        assertThat(page.locator("#offline-banner").textContent()).matches(OFFLINE_BANNER);
        Locator card = cardOf(page, urgent);
        assertThat(card.locator(".subject").textContent()).isEqualTo(urgent.subject());
        assertThat(card.locator(".sender").textContent()).contains("María Elena Ruiz Castañeda");
        assertThat(card.locator(".light").textContent()).isIn("A tiempo", "Por vencer", "Vencido");
        assertThat(card.locator(".meta").textContent()).contains("Para atención", "Urgente");
        assertThat(cardOf(page, twoPages).count()).isEqualTo(1);
        assertThat(page.locator("#offline-owner").textContent()).contains("Héctor Manuel Reyes Domínguez", "(DPV)");
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void anItemOpenedOfflineShowsItsMetadataTimelineAndThumbnails() {
        Page page = signedInWithACopy(DPV_MANAGER);
        context.setOffline(true);
        page.reload();

        cardOf(page, twoPages).getByRole(AriaRole.LINK).click();

        page.locator("body[data-offline-view=item]").waitFor();
        assertThat(page.locator("h1").textContent()).contains(twoPages.folio(), twoPages.subject());
        assertThat(page.locator(".metadata").textContent()).contains("María Elena Ruiz Castañeda");
        assertThat(page.locator(".timeline li").allTextContents()).anySatisfy(entry ->
                assertThat(entry).contains("Turno enviado"));
        assertThat(loadedThumbnails(page)).isEqualTo(2);
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void reloadingAnItemsAddressOfflineOpensItFromTheCopyWithItsPdfWhenUrgent() {
        Page page = signedInWithACopy(DPV_MANAGER);
        context.setOffline(true);

        page.navigate(app.pwaUrl() + "documento/" + urgent.id());

        page.locator("body[data-offline-view=item]").waitFor();
        assertThat(page.locator("#offline-banner").textContent()).matches(OFFLINE_BANNER);
        assertThat(page.locator("h1").textContent()).contains(urgent.folio());
        assertThat(loadedThumbnails(page)).isEqualTo(1);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Descargar el PDF")).count())
                .isEqualTo(1);
    }

    @Test
    void anItemThatIsNotInTheCopySaysSoOffline() {
        Page page = signedInWithACopy(DPV_MANAGER);
        context.setOffline(true);

        page.navigate(app.pwaUrl() + "documento/no-such-item");

        page.locator("body[data-offline-view=item]").waitFor();
        assertThat(page.locator("h1").textContent())
                .isEqualTo("Este documento no está en la copia de este dispositivo.");
    }

    @Test
    void signingOutDeletesTheCopyFromTheDevice() {
        Page page = signedInWithACopy(DPV_MANAGER);
        assertThat(storedCaches(page)).contains("ventanilla-offline");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar sesión")).click();
        page.waitForURL("**/signin");

        assertThat(storedCaches(page)).doesNotContain("ventanilla-offline");
    }

    @Test
    void afterSignOutAnOfflineReloadStillShowsTheOfflinePageWithNoCopyOnTheDevice() {
        Page page = signedInWithACopy(DPV_MANAGER);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar sesión")).click();
        page.waitForURL("**/signin");
        page.waitForFunction("async () => { for (const name of await caches.keys()) {"
                + " const stored = await (await caches.open(name)).keys();"
                + " if (stored.some(request => request.url.includes('offline.html'))) { return true; } }"
                + " return false; }");
        assertThat(storedCaches(page)).doesNotContain("ventanilla-offline");

        context.setOffline(true);
        page.reload();

        page.locator("body[data-offline-view=none]").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        assertThat(page.locator(".offline-no-copy[lang=es-MX]").textContent())
                .isEqualTo("No hay una copia de turnos en este dispositivo.");
        assertThat(page.locator(".offline-no-copy[lang=es-MX]").isVisible()).isTrue();
        assertThat(page.locator("body").textContent()).doesNotContain(urgent.folio(), twoPages.folio(), "Héctor");
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void theNextUserOfTheSameBrowserNeverSeesThePreviousUsersCopy() {
        Page page = signedInWithACopy(DPV_MANAGER);
        context.clearCookies();

        app.signIn(page, SJ_MANAGER);
        waitForTheCopyOf(page, SJ_MANAGER);

        assertThat(page.evaluate("async () => (await (await caches.open('ventanilla-offline')).keys())"
                + ".map(request => request.url).join(' ')").toString()).doesNotContain(urgent.id(), twoPages.id());
        context.setOffline(true);
        page.reload();
        page.locator("#offline-banner").waitFor();
        assertThat(page.locator("body").textContent()).doesNotContain(urgent.folio(), twoPages.folio());
    }

    @Test
    void theDeviceEndpointsRefuseStrangersAndOtherUnitsFiles() {
        assertThat(app.get("device/offline/snapshot").statusCode()).isEqualTo(401);
        assertThat(app.get("device/files/" + urgent.id() + "/pdf").statusCode()).isEqualTo(401);
        context = app.newContext(Viewport.PHONE, "es-MX");
        Page page = context.newPage();
        app.signIn(page, SJ_MANAGER);

        assertThat(status(page, "device/files/" + urgent.id() + "/pages/1/thumbnail")).isEqualTo(404);
        assertThat(status(page, "device/files/" + urgent.id() + "/pdf")).isEqualTo(404);
        assertThat(status(page, "device/files/" + urgent.id() + "/originals")).isEqualTo(404);
        assertThat(status(page, "device/files/..%2F..%2Fsecret/pdf")).isIn(400, 404);
    }

    @Test
    void theRecipientsOwnFilesAreServedPrivately() {
        Page page = signedInWithACopy(DPV_MANAGER);

        Object answer = page.evaluate("async path => { const r = await fetch(path);"
                + " return [r.status, r.headers.get('content-type'), r.headers.get('cache-control')].join(' '); }",
                "device/files/" + urgent.id() + "/pages/1/thumbnail");

        assertThat(answer.toString()).startsWith("200 image/").endsWith("private, no-store");
    }

    /** Playwright's browser contexts are incognito profiles, which Chrome never installs apps from: that one is expected. */
    @Test
    void chromeFindsTheAppInstallable() {
        context = app.newContext(Viewport.PHONE, "es-MX");
        Page page = context.newPage();
        page.navigate(app.pwaUrl());
        page.evaluate("async () => { await navigator.serviceWorker.ready; }");
        CDPSession cdp = context.newCDPSession(page);

        JsonObject answer = cdp.send("Page.getInstallabilityErrors");

        assertThat(answer.getAsJsonArray("installabilityErrors").asList())
                .extracting(error -> error.getAsJsonObject().get("errorId").getAsString())
                .isSubsetOf(List.of("in-incognito"));
    }

    private Page signedInWithACopy(String username) {
        context = app.newContext(Viewport.PHONE, "es-MX");
        Page page = context.newPage();
        app.signIn(page, username);
        waitForTheCopyOf(page, username);
        return page;
    }

    private static void waitForTheCopyOf(Page page, String username) {
        page.locator("html[data-offline-ready]").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        Object owner = page.evaluate("async () => (await (await (await caches.open('ventanilla-offline'))"
                + ".match(new URL('device/offline/snapshot', document.baseURI).href)).json()).user.username");
        assertThat(owner).isEqualTo(username);
    }

    private static Locator cardOf(Page page, TestItems.Item item) {
        return page.locator(".card").filter(new Locator.FilterOptions().setHasText(item.folio()));
    }

    private static int loadedThumbnails(Page page) {
        page.locator("img.thumbnail").first().waitFor();
        return ((Number) page.evaluate("() => Promise.all([...document.querySelectorAll('img.thumbnail')]"
                + ".map(img => img.decode().then(() => img.naturalWidth, () => 0)))"
                + ".then(widths => widths.filter(width => width > 0).length)")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> storedCaches(Page page) {
        return (List<String>) page.evaluate("async () => await caches.keys()");
    }

    private static int status(Page page, String path) {
        return ((Number) page.evaluate("async path => (await fetch(path)).status", path)).intValue();
    }
}
