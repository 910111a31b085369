package mx.ventanilla.pwa.oidc;

import java.io.Serial;
import java.net.URI;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;

/**
 * "Entrar con {label}": starts the authorization code flow with PKCE, keeping state, nonce and verifier in the HTTP
 * session, and sends the browser to the provider.
 */
public class OidcButton extends Button {

    @Serial
    private static final long serialVersionUID = 1L;

    public OidcButton(OidcClient client) {
        setText(getTranslation("oidc.button", client.settings().label()));
        addClassName("oidc-sign-in");
        setWidthFull();
        setMinHeight("44px");
        addClickListener(click -> start(client));
    }

    private void start(OidcClient client) {
        PendingSignIn pending = PendingSignIn.start(callbackUri());
        try {
            URI provider = client.authorizationUri(pending);
            pending.keepIn(VaadinSession.getCurrent().getSession());
            getUI().ifPresent(ui -> ui.getPage().setLocation(provider));
        } catch (OidcException e) {
            Notification.show(getTranslation("oidc.failed"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static URI callbackUri() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        return URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/oidc/callback");
    }
}
