package mx.ventanilla.pwa.views;

import java.io.Serial;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinSession;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.admin.UnitsView;
import mx.ventanilla.pwa.admin.UsersView;
import mx.ventanilla.pwa.approvals.ApprovalsView;
import mx.ventanilla.pwa.capture.CaptureView;
import mx.ventanilla.pwa.inbox.InboxView;
import mx.ventanilla.pwa.offline.OfflineCopyKeeper;
import mx.ventanilla.pwa.session.Roles;
import mx.ventanilla.pwa.session.SignedIn;

/**
 * The frame of every signed-in screen: the app's name, "Activar notificaciones" where it applies, who is signed in,
 * "Cerrar sesión" and the navigation drawer with the screens the user's roles open. Anyone not signed in is sent to
 * the sign-in view.
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Runs in the browser on sign-out: stops the offline copy, empties every Cache Storage cache (the service worker's
     * and the offline copy's included), local and session storage, deletes the IndexedDB databases of the device stores
     * (the capture queue), then tells the service worker (which empties them again and fetches its precache anew, so
     * the offline page stays for the next person) and opens {@code $0}.
     */
    static final String CLEAR_DEVICE = """
            const leave = () => { try { localStorage.clear(); sessionStorage.clear(); } catch (e) {} \
            window.location.assign($0); };
            window.ventanillaOffline?.stop();
            const cleared = window.caches
                ? caches.keys().then(keys => Promise.all(keys.map(key => caches.delete(key))))
                : Promise.resolve();
            const dropped = (name) => new Promise(done => { try { const r = indexedDB.deleteDatabase(name); \
            r.onsuccess = r.onerror = r.onblocked = () => done(); } catch (e) { done(); } });
            const toldWorker = () => navigator.serviceWorker?.controller?.postMessage({ method: 'Ventanilla.signOut' });
            Promise.all([cleared.catch(() => undefined), dropped('ventanilla-capture')]).then(toldWorker).then(leave);
            """;

    public MainLayout() {
        setPrimarySection(Section.NAVBAR);
        addToNavbar(createNavbar());
        addToDrawer(createNavigation());
        addAttachListener(attach -> OfflineCopyKeeper.startIn(attach.getUI()));
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
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("min-width", "0").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("white-space", "nowrap");
        DrawerToggle menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("nav.menu"));
        HorizontalLayout navbar = new HorizontalLayout(menu, title, new PushRegistration(), createUserBadge(),
                createSignOut());
        navbar.setWidthFull();
        navbar.setPadding(true);
        navbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        navbar.setSpacing(false);
        navbar.getStyle().set("gap", "var(--lumo-space-xs)").set("padding-inline", "var(--lumo-space-s)");
        return navbar;
    }

    private SideNav createNavigation() {
        SideNav navigation = new SideNav();
        navigation.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        navigation.addItem(new SideNavItem(getTranslation("inbox.title"), InboxView.class, VaadinIcon.INBOX.create()));
        navigation.addItem(new SideNavItem(getTranslation("home.title"), HomeView.class, VaadinIcon.HOME.create()));
        if (SignedIn.current().filter(CaptureView::isFor).isPresent()) {
            navigation.addItem(new SideNavItem(getTranslation("capture.title"), CaptureView.class,
                    VaadinIcon.CAMERA.create()));
        }
        if (Roles.currentHoldsAny(Roles.MANAGER, Roles.ADMIN)) {
            navigation.addItem(new SideNavItem(getTranslation("approvals.title"), ApprovalsView.class,
                    VaadinIcon.CHECK_SQUARE_O.create()));
        }
        if (Roles.currentHoldsAny(Roles.ADMIN)) {
            navigation.addItem(new SideNavItem(getTranslation("admin.units.title"), UnitsView.class,
                    VaadinIcon.SITEMAP.create()));
            navigation.addItem(new SideNavItem(getTranslation("admin.users.title"), UsersView.class,
                    VaadinIcon.USERS.create()));
        }
        return navigation;
    }

    private Div createUserBadge() {
        Div badge = new Div();
        badge.addClassName("signed-in-user");
        badge.getStyle().set("min-width", "0").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("white-space", "nowrap").set("flex-shrink", "1");
        SignedIn.current().ifPresent(signedIn -> badge.setText(signedIn.user().fullName()));
        return badge;
    }

    private Button createSignOut() {
        Button signOut = new Button(getTranslation("signout"), VaadinIcon.SIGN_OUT.create());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        signOut.getStyle().set("flex-shrink", "0");
        signOut.addClickListener(click -> signOut());
        return signOut;
    }

    private void signOut() {
        SignedIn.current().ifPresent(signedIn -> signedIn.signOut(PwaServices.current().api()));
        UI.getCurrent().getPage().executeJs(CLEAR_DEVICE, "signin");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
