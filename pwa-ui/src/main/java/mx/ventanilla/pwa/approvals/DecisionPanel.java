package mx.ventanilla.pwa.approvals;

import java.io.Serial;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.ApprovalsApi;
import mx.ventanilla.pwa.api.Paged;
import mx.ventanilla.pwa.session.SignedIn;
import mx.ventanilla.pwa.views.MoreButton;
import mx.ventanilla.pwa.views.PagedList;

/**
 * What both lists of Aprobaciones share: a grid with a labelled checkbox per row, wide columns on tablets and one card
 * column on phones, the results of the last action, "no hay…" when empty, and paging with "Cargar más". A panel adds
 * its columns and actions, then calls {@link #assemble}.
 *
 * @param <T> the rows' type
 */
abstract class DecisionPanel<T> extends VerticalLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    final Grid<T> grid = new Grid<>();
    final Results results = new Results();
    final Selection<T> selection;
    private final Span empty = new Span();
    private final List<Grid.Column<T>> wideColumns = new ArrayList<>();
    private final PagedList<T> rows = new PagedList<>();
    private final MoreButton more = new MoreButton(this::loadMore);
    private Optional<Grid.Column<T>> cardColumn = Optional.empty();

    /**
     * @param name         the panel's class name ({@code proposals}); the grid's is {@code <name>-grid}
     * @param emptyKey     the bundle key of what an empty list says
     * @param titleKey     the bundle key of the list's name, for the grid's accessible name and the card column
     */
    DecisionPanel(String name, String emptyKey, String titleKey) {
        addClassName(name);
        setPadding(false);
        selection = new Selection<>(grid, this::selectionLabel, this::updateActions);
        grid.setAllRowsVisible(true);
        grid.addClassName(name + "-grid");
        grid.getElement().setAttribute("aria-label", getTranslation(titleKey));
        empty.setText(getTranslation(emptyKey));
        empty.addClassName("empty");
        empty.setVisible(false);
    }

    /** The accessible name of a row's checkbox. */
    abstract String selectionLabel(T row);

    /** Enables the actions that fit what is selected. */
    abstract void updateActions(Set<T> selected);

    /** The page after {@code after} (or the first) of the rows, read with {@code token}. */
    abstract Paged<T> page(String token, Optional<String> after);

    /** Adds a column shown on tablets and desktops. */
    void addWide(Grid.Column<T> column) {
        wideColumns.add(column);
    }

    /** Adds the one column shown on phones instead of the wide ones. */
    void setCard(ComponentRenderer<? extends Component, T> card, String header) {
        Grid.Column<T> column = grid.addColumn(card).setHeader(header);
        column.setVisible(false);
        cardColumn = Optional.of(column);
    }

    /** Lays the panel out under its actions. */
    void assemble(FlexLayout actions) {
        add(actions, results, empty, grid, more);
        updateActions(Set.of());
    }

    void setCompact(boolean compact) {
        wideColumns.forEach(column -> column.setVisible(!compact));
        cardColumn.ifPresent(column -> column.setVisible(compact));
    }

    /** Reads the list again, as many rows as were shown. */
    void refresh() {
        show(() -> rows.reload(after -> page(token(), after)));
    }

    private void loadMore() {
        show(() -> rows.more(after -> page(token(), after)));
    }

    private void show(Supplier<List<T>> read) {
        try {
            List<T> shown = read.get();
            selection.clear();
            grid.setItems(shown);
            grid.setVisible(!shown.isEmpty());
            empty.setVisible(shown.isEmpty());
            more.followPagesOf(rows);
        } catch (ApiException failed) {
            results.error(getTranslation(failed.messageKey()));
        }
    }

    static ApprovalsApi approvals() {
        return new ApprovalsApi(PwaServices.current().api());
    }

    static String token() {
        return SignedIn.current().orElseThrow().accessToken(PwaServices.current().api(), Clock.systemUTC());
    }
}
