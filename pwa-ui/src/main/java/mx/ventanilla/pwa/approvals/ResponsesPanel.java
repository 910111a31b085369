package mx.ventanilla.pwa.approvals;

import java.io.Serial;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.ApprovalsApi;
import mx.ventanilla.pwa.api.ApprovalsApi.ResponseToEvaluate;
import mx.ventanilla.pwa.api.Paged;
import mx.ventanilla.pwa.inbox.FilesEndpoint;
import mx.ventanilla.pwa.session.SignedIn;
import mx.ventanilla.pwa.views.MoreButton;
import mx.ventanilla.pwa.views.PagedList;

/**
 * Responses to the manager's turns awaiting evaluation: accept the selected ones with a rating, or return one with a
 * reason. Each call sends the version the screen read, so a response changed meanwhile is refused (CONFLICT) and the
 * list is read again.
 */
final class ResponsesPanel extends VerticalLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Grid<ResponseToEvaluate> grid = new Grid<>();
    private final Results results = new Results();
    private final Span empty = new Span();
    private final Select<String> rating = new Select<>();
    private final Button accept = new Button();
    private final Button giveBack = new Button();
    private final List<Grid.Column<ResponseToEvaluate>> wideColumns = new ArrayList<>();
    private Grid.Column<ResponseToEvaluate> cardColumn;
    private Selection<ResponseToEvaluate> selection;
    private final PagedList<ResponseToEvaluate> rows = new PagedList<>();
    private final MoreButton more = new MoreButton(this::loadMore);

    ResponsesPanel() {
        addClassName("responses");
        setPadding(false);
        configureGrid();
        empty.setText(getTranslation("approvals.no-responses"));
        empty.addClassName("empty");
        empty.setVisible(false);
        add(createActions(), results, empty, grid, more);
        updateActions(Set.of());
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
        return ApprovalsView.actionBar(rating, accept, giveBack);
    }

    private void configureGrid() {
        selection = new Selection<>(grid, r -> getTranslation("approvals.select", r.folio(), r.recipientCode()),
                this::updateActions);
        grid.setAllRowsVisible(true);
        grid.addClassName("responses-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("approvals.responses"));
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(PwaServices.current().timeZone());
        wideColumns.add(grid.addColumn(ResponseToEvaluate::folio).setHeader(getTranslation("approvals.folio"))
                .setAutoWidth(true));
        wideColumns.add(grid.addColumn(ResponseToEvaluate::subject).setHeader(getTranslation("approvals.subject")));
        wideColumns.add(grid.addColumn(ResponseToEvaluate::recipientUnit)
                .setHeader(getTranslation("approvals.answered-by-unit")));
        wideColumns.add(grid.addColumn(ResponseToEvaluate::text).setHeader(getTranslation("approvals.response"))
                .setFlexGrow(2));
        wideColumns.add(grid.addComponentColumn(this::attachments)
                .setHeader(getTranslation("approvals.attachments")));
        wideColumns.add(grid.addColumn(r -> times.format(r.answeredAt()))
                .setHeader(getTranslation("approvals.answered-at")).setAutoWidth(true));
        cardColumn = grid.addComponentColumn(r -> card(r, times)).setHeader(getTranslation("approvals.responses"));
        cardColumn.setVisible(false);
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

    void setCompact(boolean compact) {
        wideColumns.forEach(column -> column.setVisible(!compact));
        cardColumn.setVisible(compact);
    }

    void refresh() {
        show(() -> rows.reload(this::page));
    }

    private void loadMore() {
        show(() -> rows.more(this::page));
    }

    private Paged<ResponseToEvaluate> page(Optional<String> after) {
        return approvals().responses(token(), after);
    }

    private void show(Supplier<List<ResponseToEvaluate>> read) {
        try {
            List<ResponseToEvaluate> responses = read.get();
            selection.clear();
            grid.setItems(responses);
            grid.setVisible(!responses.isEmpty());
            empty.setVisible(responses.isEmpty());
            more.followPagesOf(rows);
        } catch (ApiException failed) {
            results.error(getTranslation(failed.messageKey()));
        }
    }

    private void updateActions(Set<ResponseToEvaluate> selected) {
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

    private static ApprovalsApi approvals() {
        return new ApprovalsApi(PwaServices.current().api());
    }

    private static String token() {
        return SignedIn.current().orElseThrow().accessToken(PwaServices.current().api(), Clock.systemUTC());
    }
}
