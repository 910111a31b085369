package mx.ventanilla.pwa.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** A wrapping row of a screen's controls, each at least 44 px high for touch. */
public final class ActionBar {

    private ActionBar() {
    }

    public static FlexLayout of(Component... actions) {
        FlexLayout bar = new FlexLayout(actions);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        for (Component action : actions) {
            action.getElement().getStyle().set("min-height", "44px");
        }
        return bar;
    }
}
