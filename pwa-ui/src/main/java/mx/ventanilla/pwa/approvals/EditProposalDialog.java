package mx.ventanilla.pwa.approvals;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import mx.ventanilla.pwa.api.ApprovalsApi.Proposal;
import mx.ventanilla.pwa.api.ApprovalsApi.TurnEdit;
import mx.ventanilla.pwa.i18n.DatePickers;

/**
 * Edits a proposed turn before approving it: instruction, instructions, due date or business days, priority. Only
 * what the user changed is sent; business days, when given, win over the date.
 */
final class EditProposalDialog extends Dialog {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Proposal proposal;
    private final Select<String> instruction = new Select<>();
    private final TextArea instructions = new TextArea();
    private final DatePicker dueDate = new DatePicker();
    private final IntegerField businessDays = new IntegerField();
    private final Select<String> priority = new Select<>();

    EditProposalDialog(Proposal proposal) {
        this.proposal = proposal;
        setHeaderTitle(getTranslation("approvals.edit.title", proposal.folio()));
        add(createForm());
        Button approve = new Button(getTranslation("approvals.edit.approve"), click -> approve());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClassName("approve-edited");
        getFooter().add(new Button(getTranslation("approvals.cancel"), click -> close()), approve);
    }

    private FormLayout createForm() {
        instruction.setLabel(getTranslation("approvals.instruction"));
        instruction.setItems(List.of("ATTENTION", "KNOWLEDGE", "SIGNATURE", "REPORT"));
        instruction.setItemLabelGenerator(value -> getTranslation("approvals.instruction." + value));
        instruction.setValue(proposal.instruction());
        instructions.setLabel(getTranslation("approvals.instructions"));
        instructions.setValue(proposal.instructions());
        dueDate.setLabel(getTranslation("approvals.due-date"));
        dueDate.setValue(proposal.dueDate());
        DatePickers.localise(dueDate, getLocale());
        businessDays.setLabel(getTranslation("approvals.business-days"));
        businessDays.setMin(1);
        businessDays.setMax(250);
        priority.setLabel(getTranslation("approvals.priority"));
        priority.setItems(List.of("NORMAL", "URGENT"));
        priority.setItemLabelGenerator(value -> getTranslation("approvals.priority." + value));
        priority.setValue(proposal.priority());
        return new FormLayout(instruction, priority, dueDate, businessDays, instructions);
    }

    private void approve() {
        if (businessDays.isInvalid()) {
            return;
        }
        Optional<Integer> days = Optional.ofNullable(businessDays.getValue());
        Optional<java.time.LocalDate> date = Optional.ofNullable(dueDate.getValue())
                .filter(value -> days.isEmpty() && !value.equals(proposal.dueDate()));
        fireEvent(new Edited(this, new TurnEdit(proposal.turnId(),
                changed(instruction.getValue(), proposal.instruction()),
                changed(instructions.getValue(), proposal.instructions()), date, days,
                changed(priority.getValue(), proposal.priority()))));
        close();
    }

    private static Optional<String> changed(String value, String original) {
        return Objects.equals(value, original) ? Optional.empty() : Optional.ofNullable(value);
    }

    Registration addEditedListener(ComponentEventListener<Edited> listener) {
        return addListener(Edited.class, listener);
    }

    /** The user asked to approve the proposal with these edits. */
    static final class Edited extends ComponentEvent<EditProposalDialog> {

        @Serial
        private static final long serialVersionUID = 1L;
        private final transient TurnEdit edit;

        Edited(EditProposalDialog source, TurnEdit edit) {
            super(source, false);
            this.edit = edit;
        }

        TurnEdit edit() {
            return edit;
        }
    }
}
