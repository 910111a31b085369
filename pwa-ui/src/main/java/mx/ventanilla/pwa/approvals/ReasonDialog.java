package mx.ventanilla.pwa.approvals;

import java.io.Serial;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/** Asks for the reason of a rejection or a return; an empty reason is refused here and nothing is sent. */
final class ReasonDialog extends Dialog {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int MAX_REASON = 1000;

    private final TextArea reason = new TextArea();

    ReasonDialog(String title, String confirmLabel) {
        setHeaderTitle(title);
        reason.setLabel(getTranslation("approvals.reason"));
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        reason.addClassName("reason");
        add(reason);
        Button confirm = new Button(confirmLabel, click -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-reason");
        getFooter().add(new Button(getTranslation("approvals.cancel"), click -> close()), confirm);
    }

    private void confirm() {
        String text = reason.getValue().strip();
        if (text.isEmpty()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("approvals.reason-required"));
            return;
        }
        fireEvent(new ReasonGiven(this, text));
        close();
    }

    Registration addReasonListener(ComponentEventListener<ReasonGiven> listener) {
        return addListener(ReasonGiven.class, listener);
    }

    /** The user confirmed with a reason. */
    static final class ReasonGiven extends ComponentEvent<ReasonDialog> {

        @Serial
        private static final long serialVersionUID = 1L;
        private final String reason;

        ReasonGiven(ReasonDialog source, String reason) {
            super(source, false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
