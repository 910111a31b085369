package mx.ventanilla.pwa.admin;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.AdminApi;
import mx.ventanilla.pwa.session.Roles;
import mx.ventanilla.pwa.session.SignedIn;

/** What the administration screens share: the ADMIN gate, the API client, the access token, action rows. */
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

    /** A wrapping row of controls, each at least 44 px high for touch. */
    static FlexLayout actionBar(Component... actions) {
        FlexLayout bar = new FlexLayout(actions);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        for (Component action : actions) {
            action.getElement().getStyle().set("min-height", "44px");
        }
        return bar;
    }
}
