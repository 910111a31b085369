package mx.ventanilla.pwa.approvals;

import java.io.Serial;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** What the last decisions did, one line per item or turn, read out by screen readers as it changes. */
final class Results extends Div {

    @Serial
    private static final long serialVersionUID = 1L;

    Results() {
        addClassName("decision-results");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void success(String text) {
        line(text, "result-success", "var(--lumo-success-text-color)");
    }

    void error(String text) {
        line(text, "result-error", "var(--lumo-error-text-color)");
    }

    void clear() {
        removeAll();
    }

    private void line(String text, String className, String colour) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        line.getStyle().set("color", colour).set("margin", "var(--lumo-space-xs) 0");
        add(line);
    }
}
