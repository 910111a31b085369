package mx.ventanilla.pwa.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import mx.ventanilla.pwa.oidc.FakeProvider.Answer;
import mx.ventanilla.pwa.testing.Accessibility;
import mx.ventanilla.pwa.testing.BrowserApp;
import mx.ventanilla.pwa.testing.BrowserApp.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in at the institution's OpenID Connect provider on a phone, against a backend and web app of their own that
 * trust a fake provider started here.
 */
@ExtendWith(BrowserApp.Resolver.class)
class OidcSignInInBrowserIT {

    private static final String ANA = "Ana Karen Flores Jiménez";
    private static final Page.GetByRoleOptions LLAVE = new Page.GetByRoleOptions().setName("Entrar con Llave MX");

    private static FakeProvider provider;
    private static BrowserApp app;

    private BrowserContext context;

    @BeforeAll
    static void start(BrowserApp shared) throws Exception {
        shared.pwaUrl();
        provider = new FakeProvider();
        app = BrowserApp.startOwn(Map.of(
                        "ventanilla.security.oidc.issuer", provider.issuer(),
                        "ventanilla.security.oidc.jwks-url", provider.issuer() + "/certs",
                        "ventanilla.security.oidc.audience", FakeProvider.AUDIENCE),
                new OidcSettings(URI.create(provider.issuer()), FakeProvider.CLIENT_ID, "", "Llave MX"));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        provider.close();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void anOfficerSignsInAtTheProviderAndLandsOnHerInbox() {
        provider.signInAs("oficialia", Answer.SIGN_IN);
        Page page = signInPage();
        Accessibility.assertNoSeriousViolations(page);

        page.getByRole(AriaRole.BUTTON, LLAVE).click();

        page.waitForURL("**/turnos");
        assertThat(page.locator(".signed-in-user").textContent()).isEqualTo(ANA);
        page.navigate(app.pwaUrl());
        assertThat(page.locator(".profile-name").textContent()).isEqualTo(ANA);
        assertThat(provider.refusedVerifiers()).isZero();
    }

    @Test
    void aReturnWithAnotherStateIsRefusedAndSignsNobodyIn() {
        provider.signInAs("oficialia", Answer.WRONG_STATE);
        Page page = signInPage();

        page.getByRole(AriaRole.BUTTON, LLAVE).click();

        page.waitForURL("**/signin?oidc=state");
        assertThat(page.locator(".sign-in-error").textContent())
                .contains("no corresponde a este inicio de sesión");
        page.navigate(app.pwaUrl() + "turnos");
        page.waitForURL("**/signin");
    }

    @Test
    void aReturnWithoutAnyPendingSignInIsRefused() {
        Page page = newPhonePage();

        page.navigate(app.pwaUrl() + "oidc/callback?code=stolen&state=guessed");

        page.waitForURL("**/signin?oidc=state");
        assertThat(page.locator(".sign-in-error").textContent())
                .contains("no corresponde a este inicio de sesión");
    }

    @Test
    void aProviderAccountUnknownToVentanillaIsToldSo() {
        provider.signInAs("persona.desconocida", Answer.SIGN_IN);
        Page page = signInPage();

        page.getByRole(AriaRole.BUTTON, LLAVE).click();

        page.waitForURL("**/signin?oidc=unknown");
        assertThat(page.locator(".sign-in-error").textContent())
                .contains("Su cuenta no está dada de alta en Ventanilla");
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void aSignInRefusedAtTheProviderIsExplained() {
        provider.signInAs("oficialia", Answer.DENY);
        Page page = signInPage();

        page.getByRole(AriaRole.BUTTON, LLAVE).click();

        page.waitForURL("**/signin?oidc=denied");
        assertThat(page.locator(".sign-in-error").textContent()).contains("se canceló o fue rechazado");
    }

    private Page signInPage() {
        Page page = newPhonePage();
        page.navigate(app.pwaUrl());
        page.waitForURL("**/signin");
        page.getByRole(AriaRole.BUTTON, LLAVE).waitFor();
        return page;
    }

    private Page newPhonePage() {
        context = app.newContext(Viewport.PHONE, "es-MX");
        return context.newPage();
    }
}
