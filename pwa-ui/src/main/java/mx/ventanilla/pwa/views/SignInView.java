package mx.ventanilla.pwa.views;

import java.io.Serial;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.ApiSession;
import mx.ventanilla.pwa.inbox.InboxView;
import mx.ventanilla.pwa.oidc.OidcButton;
import mx.ventanilla.pwa.oidc.OidcCallback;
import mx.ventanilla.pwa.session.SignedIn;

/**
 * Where a public servant signs in with username and password or, where configured, at the institution's OpenID Connect
 * provider.
 */
@Route("signin")
public class SignInView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignInForm form = new SignInForm();

    public SignInView() {
        addClassName("sign-in-view");
        setAlignItems(Alignment.CENTER);
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");
        form.addSignInListener(this::signIn);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("signin.intro")), form);
        PwaServices.current().oidc().ifPresent(client -> add(new OidcButton(client)));
        add(new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.current().isPresent()) {
            event.forwardTo(HomeView.class);
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("oidc")
                .flatMap(SignInView::oidcFailure)
                .ifPresent(failure -> form.showError(getTranslation("oidc." + failure.parameter())));
    }

    private static Optional<OidcCallback.Failure> oidcFailure(String parameter) {
        return Arrays.stream(OidcCallback.Failure.values())
                .filter(failure -> failure.parameter().equals(parameter)).findFirst();
    }

    private void signIn(SignInForm.SignInEvent event) {
        try {
            ApiSession session = PwaServices.current().api().signIn(event.username(), event.password());
            SignedIn.start(session, Clock.systemUTC());
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (ApiException refused) {
            form.showError(getTranslation(messageKey(refused)));
        }
    }

    private static String messageKey(ApiException refused) {
        return ApiException.UNAUTHENTICATED.equals(refused.code()) ? "signin.rejected" : refused.messageKey();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.title") + " · " + getTranslation("app.name");
    }
}
