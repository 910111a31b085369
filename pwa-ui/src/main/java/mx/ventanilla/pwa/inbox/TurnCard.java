package mx.ventanilla.pwa.inbox;

import java.io.Serial;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import mx.ventanilla.pwa.api.Turn;

/**
 * A turn of the inbox on a phone: one card that is a link to its item, with the traffic light, folio, subject,
 * sender, due date, instruction and state.
 */
class TurnCard extends RouterLink {

    @Serial
    private static final long serialVersionUID = 1L;

    TurnCard(Turn turn, Formats formats) {
        super(ItemView.class, new RouteParameters(ItemView.ID, turn.correspondenceId()));
        addClassName("turn-card");
        getElement().setAttribute("role", "listitem");
        getStyle().set("display", "block").set("padding", "var(--lumo-space-m)").set("min-height", "44px")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("color", "var(--lumo-body-text-color)").set("text-decoration", "none")
                .set("background", "var(--lumo-base-color)");
        add(createHeader(turn), line("turn-subject", turn.subject(), true),
                line("turn-sender", getTranslation("inbox.sender") + ": " + turn.senderName(), false),
                line("turn-due", getTranslation("inbox.due") + ": " + formats.date(turn.dueDate()), false),
                line("turn-instruction", getTranslation("instruction." + turn.instruction())
                        + (turn.instructions().isBlank() ? "" : " — " + turn.instructions()), false));
    }

    private Div createHeader(Turn turn) {
        Span folio = new Span(turn.folio());
        folio.addClassName("turn-folio");
        folio.getStyle().set("font-weight", "600");
        Span state = new Span(getTranslation("state." + turn.state()));
        state.addClassName("turn-state");
        state.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div header = new Div(folio, state);
        turn.trafficLight().ifPresent(light -> header.addComponentAsFirst(new TrafficLightBadge(light)));
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");
        return header;
    }

    private static Div line(String className, String text, boolean strong) {
        Div line = new Div(text);
        line.addClassName(className);
        line.getStyle().set("margin-top", "var(--lumo-space-xs)");
        if (strong) {
            line.getStyle().set("font-size", "var(--lumo-font-size-l)");
        }
        return line;
    }
}
