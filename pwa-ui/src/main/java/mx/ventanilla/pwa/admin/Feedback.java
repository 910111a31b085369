package mx.ventanilla.pwa.admin;

import java.io.Serial;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** What the last change did, or why the API refused it, announced to screen readers. */
final class Feedback extends Div {

    @Serial
    private static final long serialVersionUID = 1L;

    Feedback() {
        addClassName("admin-feedback");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void success(String text) {
        show(text, "result-success", "var(--lumo-success-text-color)");
    }

    void error(String text) {
        show(text, "result-error", "var(--lumo-error-text-color)");
    }

    private void show(String text, String className, String colour) {
        removeAll();
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        line.getStyle().set("color", colour);
        add(line);
    }
}
