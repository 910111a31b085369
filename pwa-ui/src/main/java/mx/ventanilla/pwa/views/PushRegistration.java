package mx.ventanilla.pwa.views;

import java.io.Serial;
import java.time.Clock;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.PushApi;
import mx.ventanilla.pwa.session.SignedIn;

/**
 * "Activar notificaciones", a bell in the top bar (its name for screen readers and as tooltip; a text button would
 * push "Cerrar sesión" off a phone's screen): shown only where the browser supports Web Push and the user has not yet allowed or
 * refused notifications. Tapping it asks permission and registers this browser for the signed-in user on the channel
 * the backend names: a Web Push subscription with the backend's VAPID key, or a Firebase registration token where
 * Firebase is configured. Where permission was granted before, the device is registered again quietly (the device id
 * lives in the browser's storage, which signing out empties); a refusal is explained and registers nothing.
 * <p>
 * The browser calls run on the page, not on this button: Flow keeps JavaScript of an invisible component queued
 * until it becomes visible, and the button starts hidden.
 */
@JsModule("./push-registration.js")
@NpmPackage(value = "firebase", version = "12.19.0")
public class PushRegistration extends Button {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(PushRegistration.class.getName());
    /** The permission state, once the module (which may arrive with a later chunk of the bundle) is there. */
    private static final String STATE = """
            return new Promise(resolve => {
              let tries = 0;
              const check = () => {
                if (window.ventanillaPush) resolve(window.ventanillaPush.state());
                else if (tries++ > 100) resolve('unsupported');
                else setTimeout(check, 100);
              };
              check();
            });""";

    private Optional<String> browserOptions = Optional.empty();

    public PushRegistration() {
        super(VaadinIcon.BELL.create());
        String enable = getTranslation("push.enable");
        setAriaLabel(enable);
        setTooltipText(enable);
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        getStyle().set("min-width", "44px").set("min-height", "44px").set("flex-shrink", "0");
        addClassName("push-enable");
        setVisible(false);
        addClickListener(click -> subscribe(true));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        browserOptions = configuration();
        if (browserOptions.isPresent()) {
            attachEvent.getUI().getPage().executeJs(STATE).then(String.class, this::offerFor);
        }
    }

    private void offerFor(String permission) {
        LOG.log(System.Logger.Level.DEBUG, "Notification permission in the browser: {0}", permission);
        setVisible("default".equals(permission));
        if ("granted".equals(permission)) {
            subscribe(false);
        }
    }

    private void subscribe(boolean tapped) {
        browserOptions.ifPresent(options -> getUI().ifPresent(ui -> ui.getPage()
                .executeJs("return window.ventanillaPush.subscribe($0)", options)
                .then(String.class, answer -> register(PushAnswer.parse(answer), tapped), failure -> {
                    LOG.log(System.Logger.Level.WARNING, "Push registration failed in the browser: {0}", failure);
                    if (tapped) {
                        Notification.show(getTranslation("push.failed"));
                    }
                })));
    }

    private void register(PushAnswer answer, boolean tapped) {
        setVisible(answer.mayAskAgain());
        if (answer.refused()) {
            Notification.show(getTranslation("push.denied"));
            return;
        }
        if (answer.device().isEmpty()) {
            if (tapped && "failed".equals(answer.outcome())) {
                Notification.show(getTranslation("push.failed"));
            }
            return;
        }
        try {
            new PushApi(PwaServices.current().api()).register(token(), answer.device().get());
            if (tapped) {
                Notification.show(getTranslation("push.enabled"));
            }
        } catch (ApiException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
    }

    private Optional<String> configuration() {
        try {
            return new PushApi(PwaServices.current().api()).configuration(token()).browserOptions();
        } catch (ApiException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "Push configuration not available; notifications not offered", e);
            return Optional.empty();
        }
    }

    private static String token() {
        return SignedIn.current().orElseThrow(() -> new IllegalStateException("not signed in"))
                .accessToken(PwaServices.current().api(), Clock.systemUTC());
    }
}
