package mx.ventanilla.pwa.capture;

import java.io.Serial;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.i18n.Translations;
import mx.ventanilla.pwa.session.SignedIn;
import mx.ventanilla.pwa.views.MainLayout;

/**
 * "Registrar documento" for the registry desk (OFFICER): hosts the browser-side capture component
 * ({@code app/capture.js}), which also runs offline, and hands it the translated strings and the institution's time
 * zone. Anyone else reads that the screen is not for their role.
 */
@Route(value = "registrar", layout = MainLayout.class)
public class CaptureView extends VerticalLayout implements HasDynamicTitle {

    @Serial
    private static final long serialVersionUID = 1L;
    /** The module of the capture component, precached by the service worker (see {@code AppShell}). */
    public static final String MODULE = "app/capture.js";

    public CaptureView() {
        addClassName("capture-view");
        setPadding(true);
    }

    /** Whether the signed-in user registers documents, so the screen is theirs. */
    public static boolean isFor(SignedIn signedIn) {
        return signedIn.user().roles().contains("OFFICER");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        add(new H2(getTranslation("capture.title")));
        if (SignedIn.current().filter(CaptureView::isFor).isEmpty()) {
            Paragraph notYours = new Paragraph(getTranslation("capture.not-for-role"));
            notYours.addClassName("capture-not-for-role");
            add(notYours);
            return;
        }
        attachEvent.getUI().getPage().addJsModule(VaadinServletRequest.getCurrent().getContextPath() + "/" + MODULE);
        add(createCapture());
    }

    private Component createCapture() {
        CaptureElement capture = new CaptureElement();
        capture.getElement().setAttribute("config", config());
        capture.setWidthFull();
        return capture;
    }

    private String config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("lang", getLocale().getLanguage().equals("en") ? "en" : "es-MX");
        config.put("timeZone", PwaServices.current().timeZone().getId());
        config.put("strings", Translations.withPrefixes(getLocale(), "capture.", "error."));
        try {
            return new ObjectMapper().writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("capture.title") + " · " + getTranslation("app.name");
    }

    /** The {@code <ventanilla-capture>} custom element that {@code app/capture.js} defines. */
    @Tag("ventanilla-capture")
    static final class CaptureElement extends Component implements com.vaadin.flow.component.HasSize {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
