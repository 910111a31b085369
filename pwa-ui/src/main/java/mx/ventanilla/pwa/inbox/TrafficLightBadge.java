package mx.ventanilla.pwa.inbox;

import java.io.Serial;

import com.vaadin.flow.component.html.Span;

/**
 * A turn's traffic light (semáforo) as a coloured dot and words ("A tiempo", "Por vencer", "Vencido"), never colour
 * alone; dark text on a light tint keeps the contrast readable.
 */
public class TrafficLightBadge extends Span {

    @Serial
    private static final long serialVersionUID = 1L;

    public TrafficLightBadge(String light) {
        addClassName("traffic-light");
        addClassName("traffic-light-" + light.toLowerCase(java.util.Locale.ROOT));
        Span dot = new Span();
        dot.getElement().setAttribute("aria-hidden", "true");
        dot.getStyle().set("display", "inline-block").set("width", "0.75em").set("height", "0.75em")
                .set("border-radius", "50%").set("margin-inline-end", "0.35em").set("background", dotColour(light));
        add(dot, new Span(getTranslation("light." + light)));
        getElement().setAttribute("title", getTranslation("light.title", getTranslation("light.colour." + light)));
        getStyle().set("display", "inline-flex").set("align-items", "center").set("white-space", "nowrap")
                .set("padding", "0.15em 0.6em").set("border-radius", "1em").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "600").set("color", textColour(light)).set("background", tint(light));
    }

    private static String dotColour(String light) {
        return switch (light) {
            case "GREEN" -> "#1e8e3e";
            case "YELLOW" -> "#f2b600";
            default -> "#d93025";
        };
    }

    private static String textColour(String light) {
        return switch (light) {
            case "GREEN" -> "#0b4d20";
            case "YELLOW" -> "#5c4300";
            default -> "#7a1212";
        };
    }

    private static String tint(String light) {
        return switch (light) {
            case "GREEN" -> "#e3f4e8";
            case "YELLOW" -> "#fff4cc";
            default -> "#fde3e1";
        };
    }
}
