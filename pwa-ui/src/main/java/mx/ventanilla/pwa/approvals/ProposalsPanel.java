package mx.ventanilla.pwa.approvals;

import java.io.Serial;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.ApprovalsApi.Proposal;
import mx.ventanilla.pwa.api.ApprovalsApi.TurnEdit;
import mx.ventanilla.pwa.api.Paged;
import mx.ventanilla.pwa.views.ActionBar;

/**
 * Proposed turns awaiting the manager's decision, in a grid with selection: approve the selected ones at once (one
 * API call per item, each item's result reported), edit one then approve it, or reject one with a reason.
 */
final class ProposalsPanel extends DecisionPanel<Proposal> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Button approve = new Button();
    private final Button edit = new Button();
    private final Button reject = new Button();

    ProposalsPanel() {
        super("proposals", "approvals.no-proposals", "approvals.proposals");
        configureGrid();
        assemble(createActions());
    }

    private FlexLayout createActions() {
        approve.setText(getTranslation("approvals.approve-selected"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(click -> approveSelected());
        edit.setText(getTranslation("approvals.edit-approve"));
        edit.addClickListener(click -> openEditor());
        reject.setText(getTranslation("approvals.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(click -> askRejection());
        return ActionBar.of(approve, edit, reject);
    }

    private void configureGrid() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        addWide(grid.addColumn(Proposal::folio).setHeader(getTranslation("approvals.folio")).setAutoWidth(true));
        addWide(grid.addColumn(Proposal::subject).setHeader(getTranslation("approvals.subject")).setFlexGrow(1));
        addWide(grid.addColumn(Proposal::sender).setHeader(getTranslation("approvals.sender")));
        addWide(grid.addColumn(Proposal::recipientUnit).setHeader(getTranslation("approvals.recipient")));
        addWide(grid.addColumn(p -> getTranslation("approvals.instruction." + p.instruction()))
                .setHeader(getTranslation("approvals.instruction")).setAutoWidth(true));
        addWide(grid.addColumn(p -> dates.format(p.dueDate())).setHeader(getTranslation("approvals.due-date"))
                .setAutoWidth(true));
        addWide(grid.addColumn(p -> getTranslation("approvals.priority." + p.priority()))
                .setHeader(getTranslation("approvals.priority")).setAutoWidth(true));
        addWide(grid.addColumn(Proposal::proposedBy).setHeader(getTranslation("approvals.proposed-by")));
        setCard(new ComponentRenderer<>(p -> card(p, dates)), getTranslation("approvals.proposals"));
    }

    private Div card(Proposal proposal, DateTimeFormatter dates) {
        return ApprovalsView.card(proposal.folio(), proposal.subject(),
                getTranslation("approvals.sender") + ": " + proposal.sender(),
                getTranslation("approvals.recipient") + ": " + proposal.recipientUnit(),
                getTranslation("approvals.instruction." + proposal.instruction()) + " · "
                        + getTranslation("approvals.due-date") + ": " + dates.format(proposal.dueDate()) + " · "
                        + getTranslation("approvals.priority." + proposal.priority()),
                getTranslation("approvals.proposed-by") + ": " + proposal.proposedBy());
    }

    @Override
    String selectionLabel(Proposal proposal) {
        return getTranslation("approvals.select", proposal.folio(), proposal.recipientCode());
    }

    @Override
    Paged<Proposal> page(String token, Optional<String> after) {
        return approvals().proposals(token, after);
    }

    @Override
    void updateActions(Set<Proposal> selected) {
        approve.setEnabled(!selected.isEmpty());
        edit.setEnabled(selected.size() == 1);
        reject.setEnabled(selected.size() == 1);
    }

    private void approveSelected() {
        Map<String, List<Proposal>> byItem = new LinkedHashMap<>();
        selection.items().forEach(p -> byItem.computeIfAbsent(p.correspondenceId(), id -> new ArrayList<>())
                .add(p));
        results.clear();
        byItem.values().forEach(proposals -> approveItem(proposals, List.of()));
        refresh();
    }

    private void approveItem(List<Proposal> proposals, List<TurnEdit> edits) {
        String folio = proposals.getFirst().folio();
        try {
            approvals().approve(token(), proposals.stream().map(Proposal::turnId).toList(), edits);
            results.success(getTranslation("approvals.approved", folio, proposals.size()));
        } catch (ApiException failed) {
            results.error(getTranslation("approvals.not-approved", folio, getTranslation(failed.messageKey())));
        }
    }

    private void openEditor() {
        selection.items().stream().findFirst().ifPresent(proposal -> {
            EditProposalDialog dialog = new EditProposalDialog(proposal);
            dialog.addEditedListener(edited -> {
                results.clear();
                approveItem(List.of(proposal), List.of(edited.edit()));
                refresh();
            });
            dialog.open();
        });
    }

    private void askRejection() {
        selection.items().stream().findFirst().ifPresent(proposal -> {
            ReasonDialog dialog = new ReasonDialog(getTranslation("approvals.reject.title", proposal.folio()),
                    getTranslation("approvals.reject"));
            dialog.addReasonListener(given -> reject(proposal, given.reason()));
            dialog.open();
        });
    }

    private void reject(Proposal proposal, String reason) {
        results.clear();
        try {
            approvals().reject(token(), proposal.turnId(), reason);
            results.success(getTranslation("approvals.rejected", proposal.folio()));
        } catch (ApiException failed) {
            results.error(getTranslation("approvals.not-rejected", proposal.folio(),
                    getTranslation(failed.messageKey())));
        }
        refresh();
    }
}
