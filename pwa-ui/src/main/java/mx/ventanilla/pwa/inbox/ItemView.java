package mx.ventanilla.pwa.inbox;

import java.io.Serial;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.Item;
import mx.ventanilla.pwa.api.Turn;
import mx.ventanilla.pwa.api.TurnsApi;
import mx.ventanilla.pwa.session.SignedIn;
import mx.ventanilla.pwa.views.MainLayout;

/**
 * One correspondence item: its metadata, page thumbnails opening the {@link PageViewer}, the PDF, the receipt, the
 * turn tree with each turn's traffic light, and the timeline. Opening it marks the caller's unopened turns of the
 * item as received (the read receipt), and offers "Responder" on the turns the caller may answer. An item that does
 * not exist or that the caller may not see gets the same "No existe o no tiene acceso" page.
 */
@Route(value = "documento/:" + ItemView.ID, layout = MainLayout.class)
public class ItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ID = "id";

    private String title = "";

    public ItemView() {
        addClassName("item-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get(ID);
        Optional<SignedIn> signedIn = SignedIn.current();
        if (id.isEmpty() || signedIn.isEmpty()) {
            return;
        }
        show(id.get(), signedIn.get());
    }

    private void show(String id, SignedIn signedIn) {
        removeAll();
        try {
            Item item = receiveMyTurns(load(id, signedIn), signedIn);
            title = item.folio();
            add(createHeading(item), createMetadata(item), createFiles(item), createTurnTree(item, signedIn),
                    createTimeline(item));
        } catch (ApiException failed) {
            showFailure(failed);
        }
    }

    private Item load(String id, SignedIn signedIn) {
        return api().item(id, token(signedIn));
    }

    private Item receiveMyTurns(Item item, SignedIn signedIn) {
        List<Turn> unopened = item.turnTree().stream().filter(turn -> "SENT".equals(turn.state()))
                .filter(turn -> turn.isHeldBy(signedIn.user().id(), signedIn.user().unitId())).toList();
        if (unopened.isEmpty()) {
            return item;
        }
        unopened.forEach(turn -> api().receive(turn.id(), token(signedIn)));
        return load(item.id(), signedIn);
    }

    private void showFailure(ApiException failed) {
        boolean notFound = "NOT_FOUND".equals(failed.code()) || "FORBIDDEN".equals(failed.code());
        title = getTranslation(notFound ? "item.not-found" : "item.failed");
        H2 heading = new H2(title);
        heading.addClassName("item-not-found");
        Paragraph why = new Paragraph(getTranslation(notFound ? "item.not-found.detail" : failed.messageKey()));
        add(heading, why, new RouterLink(getTranslation("item.back"), InboxView.class));
    }

    private Component createHeading(Item item) {
        H2 heading = new H2(item.folio() + " · " + item.subject());
        heading.addClassName("item-heading");
        RouterLink back = new RouterLink(getTranslation("item.back"), InboxView.class);
        back.getStyle().set("min-height", "44px").set("display", "inline-flex").set("align-items", "center")
                .set("text-decoration", "underline");
        return new Div(back, heading);
    }

    private Component createMetadata(Item item) {
        Formats formats = formats();
        Div list = new Div();
        list.addClassName("item-metadata");
        list.getElement().setAttribute("role", "list");
        list.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(16rem, 1fr))")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-l)").set("width", "100%");
        list.add(field("item.folio", item.folio()),
                field("item.direction", getTranslation("direction." + item.direction())),
                field("item.document-type", item.documentType()),
                field("item.document-date", formats.date(item.documentDate())),
                field("item.received-at", formats.dateTime(item.receivedAt())),
                field("item.sender", item.sender()),
                field("item.addressee", item.addresseeUnit().name() + " (" + item.addresseeUnit().code() + ")"),
                field("item.subject", item.subject()),
                field("item.summary", item.summary().isBlank() ? "—" : item.summary()),
                field("item.priority", getTranslation("priority." + item.priority())),
                field("item.confidentiality", getTranslation("confidentiality." + item.confidentiality())),
                field("item.series", item.archivalSeries()),
                field("item.references", item.references().isEmpty() ? "—" : String.join(", ", item.references())),
                field("item.status", getTranslation("status." + item.status())));
        return list;
    }

    private static Div field(String labelKey, String value) {
        Div field = new Div();
        field.getElement().setAttribute("role", "listitem");
        Span label = new Span(field.getTranslation(labelKey));
        label.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Span content = new Span(value);
        content.addClassName("item-" + labelKey.substring("item.".length()));
        field.add(label, content);
        return field;
    }

    private Component createFiles(Item item) {
        Div section = new Div(new H3(getTranslation("item.pages")));
        section.addClassName("item-files");
        section.setWidthFull();
        Div thumbnails = new Div();
        thumbnails.addClassName("item-thumbnails");
        thumbnails.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        item.pages().forEach(page -> thumbnails.add(thumbnail(item, page)));
        if (item.pages().isEmpty()) {
            thumbnails.add(new Paragraph(getTranslation("item.no-pages")));
        }
        section.add(thumbnails, createLinks(item));
        return section;
    }

    private Component thumbnail(Item item, Item.Page page) {
        if (!page.hasThumbnail()) {
            Span processing = new Span(getTranslation("item.processing"));
            processing.addClassName("item-processing");
            return processing;
        }
        Image image = new Image(FilesEndpoint.path(item.id(), "pages/" + page.number() + "/thumbnail"), "");
        image.getStyle().set("max-height", "8rem").set("max-width", "8rem").set("display", "block");
        Button open = new Button(image, click -> new PageViewer(item.id(), item.pages().size(), page.number()).open());
        open.addClassName("item-thumbnail");
        open.setAriaLabel(getTranslation("item.open-page", page.number()));
        open.getStyle().set("height", "auto").set("padding", "var(--lumo-space-xs)");
        return open;
    }

    private Component createLinks(Item item) {
        Div links = new Div();
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("margin-top", "var(--lumo-space-s)");
        if (item.hasPdf()) {
            links.add(link(FilesEndpoint.path(item.id(), "pdf"), "item.pdf", "item-pdf"));
        } else if (!item.pages().isEmpty()) {
            links.add(new Span(getTranslation("item.pdf") + ": " + getTranslation("item.processing")));
        }
        links.add(link(FilesEndpoint.path(item.id(), "receipt"), "item.receipt", "item-receipt"));
        return links;
    }

    private Anchor link(String href, String labelKey, String className) {
        Anchor anchor = new Anchor(href, getTranslation(labelKey), AnchorTarget.BLANK);
        anchor.addClassName(className);
        anchor.getStyle().set("min-height", "44px").set("display", "inline-flex").set("align-items", "center")
                .set("text-decoration", "underline");
        return anchor;
    }

    private Component createTurnTree(Item item, SignedIn signedIn) {
        Div section = new Div(new H3(getTranslation("item.turns")));
        section.setWidthFull();
        UnorderedList tree = new UnorderedList();
        tree.addClassName("item-turns");
        tree.getStyle().set("list-style", "none").set("padding", "0");
        item.turnTree().forEach(turn -> tree.add(turnLine(item, turn, signedIn)));
        section.add(item.turnTree().isEmpty() ? new Paragraph(getTranslation("item.no-turns")) : tree);
        return section;
    }

    private ListItem turnLine(Item item, Turn turn, SignedIn signedIn) {
        ListItem line = new ListItem();
        line.addClassName("item-turn");
        line.getElement().setAttribute("data-turn-id", turn.id());
        line.getStyle().set("margin-inline-start", (turn.level() * 1.5) + "rem").set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        turn.trafficLight().ifPresent(light -> line.add(new TrafficLightBadge(light), new Span(" ")));
        Span state = new Span(getTranslation("state." + turn.state()));
        state.addClassName("item-turn-state");
        line.add(new Span(turn.recipientUnit().name() + " (" + turn.recipientUnit().code() + ") · "
                + getTranslation("instruction." + turn.instruction()) + " · " + getTranslation("inbox.due") + " "
                + formats().date(turn.dueDate()) + " · "), state);
        if (turn.isAnswerable() && turn.isHeldBy(signedIn.user().id(), signedIn.user().unitId())) {
            Button respond = new Button(getTranslation("respond.open"), click -> openRespond(turn));
            respond.addClassName("item-respond");
            respond.setMinHeight("44px");
            respond.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            line.add(respond);
        }
        item.responsesTo(turn.id()).forEach(response -> line.add(responseBlock(item, response)));
        return line;
    }

    private Div responseBlock(Item item, Item.Response response) {
        Div block = new Div();
        block.addClassName("item-response");
        block.getStyle().set("margin-block-start", "var(--lumo-space-xs)").set("padding-inline-start",
                "var(--lumo-space-s)").set("border-inline-start", "3px solid var(--lumo-contrast-20pct)");
        block.add(new Paragraph(getTranslation("item.response", response.by(), formats().dateTime(response.at()))),
                new Paragraph(response.text()));
        for (int number = 1; number <= response.attachments().size(); number++) {
            Anchor file = new Anchor(FilesEndpoint.attachmentPath(item.id(), response.turnId(), response.number(),
                    number), response.attachments().get(number - 1));
            file.setTarget("_blank");
            file.addClassName("item-response-attachment");
            file.getStyle().set("display", "inline-flex").set("align-items", "center").set("min-height", "44px")
                    .set("margin-inline-end", "var(--lumo-space-m)");
            block.add(file);
        }
        return block;
    }

    private void openRespond(Turn turn) {
        Dialog dialog = new Dialog();
        dialog.addClassName("respond-dialog");
        dialog.setHeaderTitle(getTranslation("respond.title", turn.folio()));
        dialog.setWidth("min(96vw, 40rem)");
        RespondForm form = new RespondForm(turn);
        form.addRespondListener(event -> respond(event, dialog));
        Button cancel = new Button(getTranslation("respond.cancel"), click -> dialog.close());
        cancel.setMinHeight("44px");
        dialog.add(form);
        dialog.getFooter().add(cancel);
        closeWhenLeft(dialog);
        dialog.open();
    }

    /**
     * The dialog lives in the UI, not in this view, so navigating away would leave it open with its form, and the
     * form's files on disk; leaving the view closes it.
     */
    private void closeWhenLeft(Dialog dialog) {
        Registration closing = addDetachListener(left -> dialog.close());
        dialog.addDetachListener(closed -> closing.remove());
    }

    private void respond(RespondForm.RespondEvent event, Dialog dialog) {
        Optional<SignedIn> signedIn = SignedIn.current();
        if (signedIn.isEmpty()) {
            return;
        }
        try {
            api().respond(event.turn().id(), event.text(), event.attachments(), event.turn().version(),
                    token(signedIn.get()));
            dialog.close();
            Notification.show(getTranslation("respond.sent"), 4000, Notification.Position.BOTTOM_START)
                    .addClassName("respond-sent");
            show(event.turn().correspondenceId(), signedIn.get());
        } catch (ApiException failed) {
            event.getSource().showError(getTranslation(failed.messageKey()));
        }
    }

    private Component createTimeline(Item item) {
        Div section = new Div(new H3(getTranslation("item.timeline")));
        section.setWidthFull();
        UnorderedList events = new UnorderedList();
        events.addClassName("item-timeline");
        Formats formats = formats();
        item.timeline().forEach(event -> events.add(new ListItem(formats.dateTime(event.at()) + " · "
                + eventName(event.type()) + " · " + event.actor())));
        section.add(events);
        return section;
    }

    private String eventName(String type) {
        String name = getTranslation("timeline." + type);
        return name.startsWith("!") ? type : name;
    }

    private TurnsApi api() {
        return new TurnsApi(PwaServices.current().api());
    }

    private static String token(SignedIn signedIn) {
        return signedIn.accessToken(PwaServices.current().api(), Clock.systemUTC());
    }

    private Formats formats() {
        return new Formats(getLocale(), PwaServices.current().timeZone());
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
