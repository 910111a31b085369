package mx.ventanilla.pwa.approvals;

import java.io.Serial;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.ApprovalsApi.ResponseToEvaluate;
import mx.ventanilla.pwa.api.Paged;
import mx.ventanilla.pwa.inbox.FilesEndpoint;
import mx.ventanilla.pwa.views.ActionBar;

/**
 * Responses to the manager's turns awaiting evaluation: accept the selected ones with a rating, or return one with a
 * reason. Each call sends the version the screen read, so a response changed meanwhile is refused (CONFLICT) and the
 * list is read again.
 */
final class ResponsesPanel extends DecisionPanel<ResponseToEvaluate> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Select<String> rating = new Select<>();
    private final Button accept = new Button();
    private final Button giveBack = new Button();

    ResponsesPanel() {
        super("responses", "approvals.no-responses", "approvals.responses");
        configureGrid();
        assemble(createActions());
    }

    private FlexLayout createActions() {
        rating.setLabel(getTranslation("approvals.rating"));
        rating.setItems(List.of("SATISFIED", "REGULAR", "UNSATISFIED"));
        rating.setItemLabelGenerator(value -> getTranslation("approvals.rating." + value));
        rating.setValue("SATISFIED");
        rating.addClassName("rating");
        accept.setText(getTranslation("approvals.accept-selected"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> acceptSelected());
        giveBack.setText(getTranslation("approvals.return"));
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        giveBack.addClickListener(click -> askReturn());
        return ActionBar.of(rating, accept, giveBack);
    }

    private void configureGrid() {
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(PwaServices.current().timeZone());
        addWide(grid.addColumn(ResponseToEvaluate::folio).setHeader(getTranslation("approvals.folio"))
                .setAutoWidth(true));
        addWide(grid.addColumn(ResponseToEvaluate::subject).setHeader(getTranslation("approvals.subject")));
        addWide(grid.addColumn(ResponseToEvaluate::recipientUnit)
                .setHeader(getTranslation("approvals.answered-by-unit")));
        addWide(grid.addColumn(ResponseToEvaluate::text).setHeader(getTranslation("approvals.response"))
                .setFlexGrow(2));
        addWide(grid.addComponentColumn(this::attachments).setHeader(getTranslation("approvals.attachments")));
        addWide(grid.addColumn(r -> times.format(r.answeredAt())).setHeader(getTranslation("approvals.answered-at"))
                .setAutoWidth(true));
        setCard(new ComponentRenderer<>(r -> card(r, times)), getTranslation("approvals.responses"));
    }

    private Div card(ResponseToEvaluate response, DateTimeFormatter times) {
        Div card = ApprovalsView.card(response.folio(), response.subject(),
                getTranslation("approvals.answered-by-unit") + ": " + response.recipientUnit(),
                getTranslation("approvals.response") + ": " + response.text(),
                getTranslation("approvals.answered-at") + ": " + times.format(response.answeredAt()));
        card.add(attachments(response));
        return card;
    }

    private Div attachments(ResponseToEvaluate response) {
        Div links = new Div();
        response.attachments().forEach(file -> {
            Anchor anchor = new Anchor(FilesEndpoint.attachmentPath(response.correspondenceId(), response.turnId(),
                    file.response(), file.number()), file.name());
            anchor.setTarget("_blank");
            anchor.addClassName("response-attachment");
            links.add(anchor);
        });
        return links;
    }

    @Override
    String selectionLabel(ResponseToEvaluate response) {
        return getTranslation("approvals.select", response.folio(), response.recipientCode());
    }

    @Override
    Paged<ResponseToEvaluate> page(String token, Optional<String> after) {
        return approvals().responses(token, after);
    }

    @Override
    void updateActions(Set<ResponseToEvaluate> selected) {
        accept.setEnabled(!selected.isEmpty());
        giveBack.setEnabled(selected.size() == 1);
    }

    private void acceptSelected() {
        results.clear();
        String chosen = rating.getValue();
        selection.items().forEach(response -> {
            try {
                approvals().accept(token(), response.turnId(), chosen, response.version());
                results.success(getTranslation("approvals.accepted", response.folio()));
            } catch (ApiException failed) {
                results.error(getTranslation("approvals.not-accepted", response.folio(),
                        getTranslation(failed.messageKey())));
            }
        });
        refresh();
    }

    private void askReturn() {
        selection.items().stream().findFirst().ifPresent(response -> {
            ReasonDialog dialog = new ReasonDialog(getTranslation("approvals.return.title", response.folio()),
                    getTranslation("approvals.return"));
            dialog.addReasonListener(given -> giveBack(response, given.reason()));
            dialog.open();
        });
    }

    private void giveBack(ResponseToEvaluate response, String reason) {
        results.clear();
        try {
            approvals().returnResponse(token(), response.turnId(), reason, response.version());
            results.success(getTranslation("approvals.returned", response.folio()));
        } catch (ApiException failed) {
            results.error(getTranslation("approvals.not-returned", response.folio(),
                    getTranslation(failed.messageKey())));
        }
        refresh();
    }
}
