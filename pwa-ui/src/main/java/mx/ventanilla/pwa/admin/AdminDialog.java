package mx.ventanilla.pwa.admin;

import java.io.Serial;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.shared.Registration;

/**
 * A small form in a dialog: its fields, "Cancelar" and a confirm button that raises {@link Submitted}. The screen
 * that opened it reads the fields and calls the API; it closes the dialog once the API accepted the change, so a
 * refused change keeps what the user typed.
 */
final class AdminDialog extends Dialog {

    @Serial
    private static final long serialVersionUID = 1L;

    AdminDialog(String title, String confirmLabel, Component... fields) {
        setHeaderTitle(title);
        addClassName("admin-dialog");
        add(new FormLayout(fields));
        Button confirm = new Button(confirmLabel, click -> fireEvent(new Submitted(this)));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm");
        getFooter().add(new Button(getTranslation("admin.cancel"), click -> close()), confirm);
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The user confirmed the form. */
    static final class Submitted extends ComponentEvent<AdminDialog> {

        @Serial
        private static final long serialVersionUID = 1L;

        Submitted(AdminDialog source) {
            super(source, false);
        }
    }
}
