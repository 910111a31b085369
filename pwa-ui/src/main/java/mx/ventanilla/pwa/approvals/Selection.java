package mx.ventanilla.pwa.approvals;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;

/**
 * The rows a manager picked, through a checkbox per row whose accessible name says which turn it is ("Seleccionar
 * DCG-2026-000123 → DPV"), so that a screen reader, a large touch target and a test all name the same row.
 */
final class Selection<T> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Set<T> selected = new LinkedHashSet<>();
    private final transient Consumer<Set<T>> onChange;

    Selection(Grid<T> grid, Function<T, String> label, Consumer<Set<T>> onChange) {
        this.onChange = onChange;
        grid.addComponentColumn(row -> checkbox(row, label.apply(row))).setHeader("").setWidth("64px")
                .setFlexGrow(0).setFrozen(true);
    }

    private Checkbox checkbox(T row, String label) {
        Checkbox box = new Checkbox(selected.contains(row));
        box.setAriaLabel(label);
        box.addClassName("row-select");
        box.getStyle().set("min-height", "44px").set("min-width", "44px");
        box.addValueChangeListener(change -> {
            if (change.getValue()) {
                selected.add(row);
            } else {
                selected.remove(row);
            }
            onChange.accept(Set.copyOf(selected));
        });
        return box;
    }

    Set<T> items() {
        return Set.copyOf(selected);
    }

    /** Forgets the choice, e.g. when the list is read again. */
    void clear() {
        selected.clear();
        onChange.accept(Set.of());
    }
}
