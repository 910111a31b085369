package mx.ventanilla.pwa.views;

import java.io.Serial;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinSession;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.session.SignedIn;

/**
 * The frame of every signed-in screen: the app's name, "Activar notificaciones" where it applies, who is signed in
 * and "Cerrar sesión". Anyone not signed in is sent to the sign-in view.
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Runs in the browser on sign-out: empties every Cache Storage cache (the service worker's included), local and
     * session storage, tells the service worker, then opens {@code $0}.
     */
    static final String CLEAR_DEVICE = """
            const leave = () => { try { localStorage.clear(); sessionStorage.clear(); } catch (e) {} \
            window.location.assign($0); };
            navigator.serviceWorker?.controller?.postMessage({ method: 'Ventanilla.signOut' });
            const cleared = window.caches
                ? caches.keys().then(keys => Promise.all(keys.map(key => caches.delete(key))))
                : Promise.resolve();
            cleared.catch(() => undefined).then(leave);
            """;

    public MainLayout() {
        addToNavbar(createNavbar());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.current().isEmpty()) {
            event.forwardTo(SignInView.class);
        }
    }

    private HorizontalLayout createNavbar() {
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout navbar = new HorizontalLayout(title, new PushRegistration(), createUserBadge(),
                createSignOut());
        navbar.setWidthFull();
        navbar.setPadding(true);
        navbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        return navbar;
    }

    private Div createUserBadge() {
        Div badge = new Div();
        badge.addClassName("signed-in-user");
        SignedIn.current().ifPresent(signedIn -> badge.setText(signedIn.user().fullName()));
        return badge;
    }

    private Button createSignOut() {
        Button signOut = new Button(getTranslation("signout"), VaadinIcon.SIGN_OUT.create());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        signOut.addClickListener(click -> signOut());
        return signOut;
    }

    private void signOut() {
        SignedIn.current().ifPresent(signedIn -> signedIn.signOut(PwaServices.current().api()));
        UI.getCurrent().getPage().executeJs(CLEAR_DEVICE, "signin");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
