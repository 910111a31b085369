package mx.ventanilla.pwa.inbox;

import java.io.Serial;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/**
 * A page of an item at full size in a dialog: zoom in, zoom out and reset (the image is scaled in a scrollable frame;
 * on touch screens the frame also allows pinch-zoom), previous and next page, and close.
 */
class PageViewer extends Dialog {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final double STEP = 1.5;
    private static final double MOST = 6;

    private final String itemId;
    private final int pages;
    private final Image image = new Image();
    private final Span position = new Span();
    private final Button previous = button("viewer.previous", VaadinIcon.ARROW_LEFT, "viewer-previous");
    private final Button next = button("viewer.next", VaadinIcon.ARROW_RIGHT, "viewer-next");
    private int page;
    private double zoom = 1;

    PageViewer(String itemId, int pages, int page) {
        this.itemId = itemId;
        this.pages = pages;
        addClassName("page-viewer");
        setHeaderTitle(getTranslation("viewer.title"));
        setWidth("min(96vw, 1100px)");
        setHeight("90vh");
        Button close = button("viewer.close", VaadinIcon.CLOSE, "viewer-close");
        close.addClickListener(click -> close());
        getHeader().add(close);
        add(createFrame());
        getFooter().add(createControls());
        show(page);
    }

    private Div createFrame() {
        image.addClassName("viewer-image");
        image.getStyle().set("transform-origin", "0 0").set("max-width", "100%").set("display", "block");
        Div frame = new Div(image);
        frame.addClassName("viewer-frame");
        frame.getStyle().set("overflow", "auto").set("touch-action", "pan-x pan-y pinch-zoom")
                .set("height", "100%").set("background", "var(--lumo-contrast-5pct)");
        return frame;
    }

    private FlexLayout createControls() {
        Button zoomIn = button("viewer.zoom-in", VaadinIcon.PLUS, "viewer-zoom-in");
        zoomIn.addClickListener(click -> zoom(Math.min(MOST, zoom * STEP)));
        Button zoomOut = button("viewer.zoom-out", VaadinIcon.MINUS, "viewer-zoom-out");
        zoomOut.addClickListener(click -> zoom(Math.max(1, zoom / STEP)));
        Button reset = button("viewer.reset", VaadinIcon.EXPAND_SQUARE, "viewer-reset");
        reset.addClickListener(click -> zoom(1));
        previous.addClickListener(click -> show(page - 1));
        next.addClickListener(click -> show(page + 1));
        position.addClassName("viewer-position");
        position.getElement().setAttribute("aria-live", "polite");
        FlexLayout controls = new FlexLayout(previous, position, next, zoomOut, reset, zoomIn);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexLayout.Alignment.CENTER);
        controls.getStyle().set("gap", "var(--lumo-space-s)");
        return controls;
    }

    private Button button(String labelKey, VaadinIcon icon, String className) {
        Button button = new Button(icon.create());
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_ICON);
        button.addClassName(className);
        button.setMinWidth("44px");
        button.setMinHeight("44px");
        return button;
    }

    private void show(int number) {
        page = number;
        image.setSrc(FilesEndpoint.path(itemId, "pages/" + number + "/original"));
        image.setAlt(getTranslation("viewer.page-alt", number, pages));
        position.setText(getTranslation("viewer.position", number, pages));
        previous.setEnabled(number > 1);
        next.setEnabled(number < pages);
        zoom(1);
    }

    private void zoom(double factor) {
        zoom = factor;
        image.getStyle().set("transform", String.format(Locale.ROOT, "scale(%.3f)", factor));
        image.getElement().setAttribute("data-zoom", String.format(Locale.ROOT, "%.2f", factor));
    }
}
