package mx.ventanilla.pwa.views;

import java.io.Serial;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.Me;
import mx.ventanilla.pwa.session.SignedIn;

/** "Inicio": who is signed in, as the API's {@code me} query says, with roles, unit and when the session began. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    @Serial
    private static final long serialVersionUID = 1L;

    public HomeView() {
        addClassName("home-view");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        add(new H2(getTranslation("home.title")));
        SignedIn.current().ifPresent(this::showCaller);
    }

    private void showCaller(SignedIn signedIn) {
        PwaServices services = PwaServices.current();
        try {
            Me me = services.api().me(signedIn.accessToken(services.api(), Clock.systemUTC()));
            add(createProfile(me), createSessionLine(signedIn, services));
        } catch (ApiException failed) {
            add(new Paragraph(getTranslation(failed.messageKey())));
        }
    }

    private Div createProfile(Me me) {
        Div profile = new Div();
        profile.addClassName("profile");
        profile.add(field("home.name", "profile-name", me.fullName().orElse(me.name())),
                field("home.username", "profile-username", me.name()),
                field("home.roles", "profile-roles", me.roles().stream()
                        .map(role -> getTranslation("role." + role)).collect(Collectors.joining(", "))),
                field("home.unit", "profile-unit", me.unit()
                        .map(unit -> unit.name() + " (" + unit.code() + ")").orElse("—")));
        return profile;
    }

    private Paragraph field(String labelKey, String className, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span content = new Span(value);
        content.addClassName(className);
        return new Paragraph(label, content);
    }

    private Paragraph createSessionLine(SignedIn signedIn, PwaServices services) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(services.timeZone());
        Paragraph line = new Paragraph(getTranslation("home.signed-in-at", format.format(signedIn.signedInAt()),
                services.timeZone().getId()));
        line.addClassName("signed-in-at");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
