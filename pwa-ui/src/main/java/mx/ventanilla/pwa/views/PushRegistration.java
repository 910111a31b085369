package mx.ventanilla.pwa.views;

import java.io.Serial;
import java.time.Clock;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.PushApi;
import mx.ventanilla.pwa.session.SignedIn;

/**
 * "Activar notificaciones": shown only where the browser supports Web Push and the user has not yet allowed or
 * refused notifications. Tapping it asks permission, subscribes with the backend's VAPID key and registers the
 * subscription for the signed-in user; where permission was granted before, the subscription is registered again
 * quietly (the device id lives in the browser's storage, which signing out empties). The Firebase channel is not
 * offered here (docs/notifications.md).
 */
@JsModule("./push-registration.js")
public class PushRegistration extends Button {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
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

    private Optional<String> vapidPublicKey = Optional.empty();

    public PushRegistration() {
        super(VaadinIcon.BELL.create());
        setText(getTranslation("push.enable"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("push-enable");
        setVisible(false);
        addClickListener(click -> subscribe());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        vapidPublicKey = webPushKey();
        if (vapidPublicKey.isPresent()) {
            getElement().executeJs(STATE).then(String.class, this::offerFor);
        }
    }

    private void offerFor(String permission) {
        LOG.log(System.Logger.Level.DEBUG, "Notification permission in the browser: {0}", permission);
        setVisible("default".equals(permission));
        if ("granted".equals(permission)) {
            subscribe();
        }
    }

    private void subscribe() {
        vapidPublicKey.ifPresent(key -> getElement().executeJs("return window.ventanillaPush.subscribe($0)", key)
                .then(String.class, this::register, failure -> setVisible(false)));
    }

    private void register(String subscription) {
        setVisible(false);
        if (subscription == null || subscription.isBlank() || "null".equals(subscription)) {
            return;
        }
        try {
            JsonNode device = JSON.readTree(subscription);
            new PushApi(PwaServices.current().api()).register(token(), new PushApi.WebPushDevice(
                    device.path("deviceId").asText(), device.path("label").asText(), device.path("endpoint").asText(),
                    device.path("p256dh").asText(), device.path("auth").asText()));
            Notification.show(getTranslation("push.enabled"));
        } catch (JsonProcessingException | ApiException e) {
            Notification.show(getTranslation(e instanceof ApiException api ? api.messageKey() : "error.UNKNOWN"));
        }
    }

    private Optional<String> webPushKey() {
        try {
            PushApi.PushSettings settings = new PushApi(PwaServices.current().api()).configuration(token());
            return settings.isWebPush() ? Optional.of(settings.vapidPublicKey()) : Optional.empty();
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
