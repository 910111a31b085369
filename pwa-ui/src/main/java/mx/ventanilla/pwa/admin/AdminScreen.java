package mx.ventanilla.pwa.admin;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.AdminApi;
import mx.ventanilla.pwa.session.Roles;
import mx.ventanilla.pwa.session.SignedIn;

/** What the administration screens share: the ADMIN gate, the API client and the access token. */
final class AdminScreen {

    private AdminScreen() {
    }

    /**
     * Whether the signed-in user is an administrator; if not, {@code screen} gets the refusal and nothing else.
     */
    static boolean admitted(HasComponents screen) {
        if (Roles.currentHoldsAny(Roles.ADMIN)) {
            return true;
        }
        Paragraph refused = new Paragraph(((Component) screen).getTranslation("admin.refused"));
        refused.addClassName("refused");
        screen.add(refused);
        return false;
    }

    static AdminApi api() {
        return new AdminApi(PwaServices.current().api());
    }

    static String token() {
        return SignedIn.current().orElseThrow().accessToken(PwaServices.current().api(), Clock.systemUTC());
    }
}
