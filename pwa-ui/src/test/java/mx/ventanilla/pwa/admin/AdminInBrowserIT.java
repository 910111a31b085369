package mx.ventanilla.pwa.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import mx.ventanilla.pwa.testing.Accessibility;
import mx.ventanilla.pwa.testing.BrowserApp;
import mx.ventanilla.pwa.testing.BrowserApp.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administration in Debian's Chromium: a unit and a user created through the screens, the CSV import with its
 * report, and the refusal for anyone who is not an administrator; every result checked through the API.
 */
@ExtendWith(BrowserApp.Resolver.class)
class AdminInBrowserIT {

    private static final String HEADER = "type,code,name,kind,parent,username,email,roles,unit\n";
    private static final String USERS = "query($text: String) { users(filter: { search: $text }) {"
            + " nodes { username active unit { code } } } }";

    private static BrowserApp app;

    private BrowserContext context;

    @BeforeAll
    static void start(BrowserApp shared) {
        app = shared;
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theAdministratorCreatesAUnitBelowSvAndAUserInIt() {
        String code = "T" + unique().substring(0, 6).toUpperCase(Locale.ROOT);
        Page page = open("admin", Viewport.TABLET_LANDSCAPE, "admin/unidades");
        page.getByText("Subdirección de Vivienda", new Page.GetByTextOptions().setExact(true)).waitFor();
        Accessibility.assertNoSeriousViolations(page);

        page.getByText("Subdirección de Vivienda", new Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nueva unidad bajo SV")).click();
        page.locator(".new-unit-code input").fill(code);
        page.locator(".new-unit-name input").fill("Departamento de Pruebas " + code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear unidad")).click();
        page.locator(".result-success").filter(new Locator.FilterOptions().setHasText(code)).waitFor();
        JsonNode unit = app.graphQl("admin", "query($text: String) { orgUnits(filter: { search: $text }) {"
                + " nodes { code parent { code } } } }", Map.of("text", code)).path("orgUnits").path("nodes").path(0);
        assertThat(unit.path("parent").path("code").asText()).isEqualTo("SV");

        String username = "prueba." + code.toLowerCase(Locale.ROOT);
        page.navigate(app.pwaUrl() + "admin/usuarios");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nuevo usuario")).click();
        page.locator(".new-username input").fill(username);
        page.locator(".new-full-name input").fill("Persona de Prueba " + code);
        page.locator(".new-email input").fill(username + "@ievs.example");
        page.locator(".new-user-unit").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(code + " · Departamento de Pruebas "
                + code)).click();
        page.locator(".new-user-roles").getByText("Oficialía de partes").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear usuario")).click();
        page.locator(".result-success").filter(new Locator.FilterOptions().setHasText(username)).waitFor();

        JsonNode user = app.graphQl("admin", USERS, Map.of("text", username)).path("users").path("nodes").path(0);
        assertThat(user.path("username").asText()).isEqualTo(username);
        assertThat(user.path("unit").path("code").asText()).isEqualTo(code);
    }

    @Test
    void deactivatingAUnitThatStillHasPeopleIsRefusedWithTheApisReasonAndChangesNothing() {
        Page page = open("admin", Viewport.TABLET, "admin/unidades");

        page.getByText("Subdirección de Vivienda", new Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Desactivar")).click();

        assertThat(page.locator(".result-error").textContent()).startsWith("Revise los datos");
        JsonNode sv = app.graphQl("admin", "{ orgUnits(filter: { search: \"Subdirección de Vivienda\" }) {"
                + " nodes { code active } } }", Map.of()).path("orgUnits").path("nodes").path(0);
        assertThat(sv.path("code").asText()).isEqualTo("SV");
        assertThat(sv.path("active").asBoolean()).isTrue();
    }

    @Test
    void aCsvWithTwoBadRowsIsReportedLineByLineAndImportsNothingUntilItIsFixed() {
        String tag = unique().substring(0, 8);
        String good = "user,,Buena Persona,,,buena." + tag + ",buena." + tag + "@ievs.example,OFFICER,DCG\n";
        String badRole = "user,,Rol Inexistente,,,malrol." + tag + ",malrol." + tag + "@ievs.example,JEFE,DCG\n";
        String badUnit = "user,,Unidad Inexistente,,,malunidad." + tag + ",malunidad." + tag
                + "@ievs.example,OFFICER,NOEXISTE\n";
        Page page = open("admin", Viewport.TABLET, "admin/usuarios");

        upload(page, HEADER + good + badRole + badUnit);

        Locator summary = page.locator(".import-summary");
        summary.filter(new Locator.FilterOptions().setHasText("2 filas tienen errores")).waitFor();
        Accessibility.assertNoSeriousViolations(page);
        Locator errors = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Con errores"));
        assertThat(errors.count()).isEqualTo(2);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("malrol." + tag)).count()).isEqualTo(1);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("malunidad." + tag)).count()).isEqualTo(1);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar")).isEnabled())
                .isFalse();
        assertThat(page.locator(".import-download").isVisible()).isTrue();
        assertThat(users("buena." + tag).size()).isZero();

        upload(page, HEADER + good);
        summary.filter(new Locator.FilterOptions().setHasText("sin errores")).waitFor();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar")).click();
        summary.filter(new Locator.FilterOptions().setHasText("Importación hecha")).waitFor();

        assertThat(users("buena." + tag).size()).isEqualTo(1);
        assertThat(users("malrol." + tag).size()).isZero();
    }

    @Test
    void theReportsLinesAreThoseOfTheFile() {
        String tag = unique().substring(0, 8);
        Page page = open("admin", Viewport.TABLET, "admin/usuarios");

        upload(page, HEADER + "user,,Sin Correo,,,sincorreo." + tag + ",,OFFICER,DCG\n");

        page.locator(".import-summary").filter(new Locator.FilterOptions().setHasText("Una fila tiene errores"))
                .waitFor();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("sincorreo." + tag)).count()).isEqualTo(1);
        assertThat(page.locator("vaadin-grid-cell-content").getByText("2", new Locator.GetByTextOptions()
                .setExact(true)).count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anOfficerOpeningTheUsersScreenIsRefusedAndHasNoLinkToIt() {
        Page page = open("oficialia", Viewport.PHONE, "admin/usuarios");

        assertThat(page.locator(".refused").textContent()).contains("solo para administración");
        assertThat(page.locator("vaadin-grid").count()).isZero();
        assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions()
                .setHasText("Usuarios")).count()).isZero();
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void theUsersScreenPassesAxeOnAPhone() {
        Page page = open("admin", Viewport.PHONE, "admin/usuarios");
        page.locator("vaadin-grid-cell-content").getByText("oficialia", new Locator.GetByTextOptions()
                .setExact(true)).waitFor();

        Accessibility.assertNoSeriousViolations(page);
    }

    private Page open(String username, Viewport viewport, String path) {
        context = app.newContext(viewport, "es-MX");
        Page page = context.newPage();
        app.signIn(page, username);
        page.navigate(app.pwaUrl() + path);
        page.locator("h2").first().waitFor();
        return page;
    }

    private static void upload(Page page, String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("organizacion.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode users(String search) {
        return app.graphQl("admin", USERS, Map.of("text", search)).path("users").path("nodes");
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
