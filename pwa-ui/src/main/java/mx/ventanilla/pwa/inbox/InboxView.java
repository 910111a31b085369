package mx.ventanilla.pwa.inbox;

import java.io.Serial;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.InboxFilter;
import mx.ventanilla.pwa.api.LiveEvent;
import mx.ventanilla.pwa.api.LiveEvents;
import mx.ventanilla.pwa.api.Turn;
import mx.ventanilla.pwa.api.TurnPage;
import mx.ventanilla.pwa.api.TurnsApi;
import mx.ventanilla.pwa.session.SignedIn;
import mx.ventanilla.pwa.views.MainLayout;

/**
 * "Mis turnos": the signed-in user's turns ("Míos") or their unit's ("Mi unidad"), earliest due first, as cards on
 * phones and a grid on wider screens, filtered by state, traffic light and period, paged with "Cargar más". While it
 * is open it follows the backend's live turn events and, when one arrives, reads again as many turns as were shown,
 * so the pages loaded with "Cargar más" stay.
 */
@Route(value = "turnos", layout = MainLayout.class)
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;
    private static final int PHONE_WIDTH = 700;

    private final RadioButtonGroup<TurnsApi.Scope> scope = new RadioButtonGroup<>();
    private final InboxFilters filters = new InboxFilters();
    private final Paragraph message = new Paragraph();
    private final Div cards = new Div();
    private final Grid<Turn> grid = new Grid<>();
    private final Button more = new Button();
    private final List<Turn> shown = new ArrayList<>();
    private InboxFilter filter = InboxFilter.none();
    private Optional<String> nextAfter = Optional.empty();
    private boolean phone = true;
    private transient Optional<LiveEvents> live = Optional.empty();
    private Optional<Registration> resize = Optional.empty();

    public InboxView() {
        addClassName("inbox-view");
        setPadding(true);
        configureScope();
        configureCards();
        configureGrid();
        configureMore();
        message.addClassName("inbox-message");
        filters.addFilterListener(event -> {
            filter = event.filter();
            reload();
        });
        add(new H2(getTranslation("inbox.title")), scope, filters, message, cards, grid, more);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.getPage().retrieveExtendedClientDetails(details -> useLayoutFor(details.getWindowInnerWidth()));
        resize = Optional.of(ui.getPage().addBrowserWindowResizeListener(event -> useLayoutFor(event.getWidth())));
        reload();
        SignedIn.current().ifPresent(signedIn -> followLiveEvents(ui, signedIn));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.ifPresent(LiveEvents::close);
        live = Optional.empty();
        resize.ifPresent(Registration::remove);
        resize = Optional.empty();
    }

    private void configureScope() {
        scope.setLabel(getTranslation("inbox.scope"));
        scope.addClassName("inbox-scope");
        scope.setItems(TurnsApi.Scope.MINE, TurnsApi.Scope.UNIT);
        scope.setItemLabelGenerator(value -> getTranslation(value == TurnsApi.Scope.MINE ? "inbox.scope.mine"
                : "inbox.scope.unit"));
        scope.setValue(TurnsApi.Scope.MINE);
        scope.addValueChangeListener(change -> reload());
    }

    private void configureCards() {
        cards.addClassName("turn-cards");
        cards.getElement().setAttribute("role", "list");
        cards.getElement().setAttribute("aria-label", getTranslation("inbox.title"));
        cards.getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)").set("width", "100%");
    }

    private void configureGrid() {
        grid.addClassName("turn-grid");
        grid.setAriaLabel(getTranslation("inbox.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(turn -> turn.trafficLight()
                        .<com.vaadin.flow.component.Component>map(TrafficLightBadge::new).orElseGet(Span::new)))
                .setHeader(getTranslation("inbox.light")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::folioLink)).setHeader(getTranslation("inbox.folio"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Turn::subject).setHeader(getTranslation("inbox.subject")).setFlexGrow(2);
        grid.addColumn(Turn::senderName).setHeader(getTranslation("inbox.sender")).setFlexGrow(1);
        grid.addColumn(turn -> formats().date(turn.dueDate())).setHeader(getTranslation("inbox.due"))
                .setComparator(Turn::dueDate).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(turn -> getTranslation("instruction." + turn.instruction()))
                .setHeader(getTranslation("inbox.instruction")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(turn -> getTranslation("state." + turn.state())).setHeader(getTranslation("inbox.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setVisible(false);
    }

    private RouterLink folioLink(Turn turn) {
        RouterLink link = new RouterLink(turn.folio(), ItemView.class,
                new RouteParameters(ItemView.ID, turn.correspondenceId()));
        link.addClassName("turn-folio");
        return link;
    }

    private void configureMore() {
        more.setText(getTranslation("inbox.more"));
        more.addClassName("inbox-more");
        more.setMinHeight("44px");
        more.addClickListener(click -> loadNext());
        more.setVisible(false);
    }

    private void useLayoutFor(int width) {
        phone = width < PHONE_WIDTH;
        cards.setVisible(phone);
        grid.setVisible(!phone);
    }

    private void reload() {
        shown.clear();
        nextAfter = Optional.empty();
        cards.removeAll();
        load(Optional.empty());
    }

    private void loadNext() {
        nextAfter.ifPresent(after -> load(Optional.of(after)));
    }

    /** Reads the list again from the start, page by page, until it has as many turns as were shown before. */
    private void reloadAsManyAsShown() {
        int wanted = shown.size();
        reload();
        boolean loaded = true;
        while (loaded && shown.size() < wanted && nextAfter.isPresent()) {
            loaded = load(nextAfter);
        }
    }

    private boolean load(Optional<String> after) {
        Optional<SignedIn> signedIn = SignedIn.current();
        if (signedIn.isEmpty()) {
            return false;
        }
        PwaServices services = PwaServices.current();
        try {
            String token = signedIn.get().accessToken(services.api(), Clock.systemUTC());
            TurnPage page = new TurnsApi(services.api()).inbox(currentScope(), filter, after, PAGE_SIZE, token);
            show(page);
            return true;
        } catch (ApiException failed) {
            message.setText(getTranslation(failed.messageKey()));
            return false;
        }
    }

    private TurnsApi.Scope currentScope() {
        return scope.getValue() == TurnsApi.Scope.UNIT ? TurnsApi.Scope.UNIT : TurnsApi.Scope.MINE;
    }

    private void show(TurnPage page) {
        shown.addAll(page.turns());
        nextAfter = page.nextAfter();
        Formats formats = formats();
        page.turns().forEach(turn -> cards.add(new TurnCard(turn, formats)));
        grid.setItems(shown);
        more.setVisible(nextAfter.isPresent());
        message.setText(shown.isEmpty() ? getTranslation("inbox.empty")
                : getTranslation("inbox.count", shown.size()));
    }

    private void open(Turn turn) {
        getUI().ifPresent(ui -> ui.navigate(ItemView.class, new RouteParameters(ItemView.ID, turn.correspondenceId())));
    }

    private void followLiveEvents(UI ui, SignedIn signedIn) {
        PwaServices services = PwaServices.current();
        live.ifPresent(LiveEvents::close);
        live = Optional.of(LiveEvents.start(services.api().endpoint(),
                () -> signedIn.accessToken(services.api(), Clock.systemUTC()),
                event -> ui.access(() -> applied(event, signedIn))));
    }

    private void applied(LiveEvent event, SignedIn signedIn) {
        reloadAsManyAsShown();
        if (event.isNewTurnFor(signedIn.user().id(), signedIn.user().unitId())) {
            Notification notification = Notification.show(getTranslation("inbox.new-turn", event.folio(),
                    event.subject()), 5000, Notification.Position.BOTTOM_START);
            notification.addClassName("new-turn-notification");
        }
    }

    private Formats formats() {
        return new Formats(getLocale(), PwaServices.current().timeZone());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.name");
    }
}
