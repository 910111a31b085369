package mx.ventanilla.pwa.inbox;

import java.io.Serial;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import mx.ventanilla.pwa.api.InboxFilter;
import mx.ventanilla.pwa.i18n.DatePickers;

/**
 * The inbox's filters: state, traffic light and period (Hoy, Esta semana, Este mes, Este año or a range of days).
 * Raises a {@link FilterEvent} whenever they describe a valid filter; a range that ends before it starts gets a
 * message and raises nothing.
 */
class InboxFilters extends FlexLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ANY = "ANY";
    static final String RANGE = "RANGE";
    private static final List<String> STATES = List.of(ANY, "SENT", "RECEIVED", "ANSWERED", "RETURNED", "CONCLUDED",
            "CANCELLED");
    private static final List<String> LIGHTS = List.of(ANY, "GREEN", "YELLOW", "RED");
    private static final List<String> PERIODS = List.of(ANY, "TODAY", "THIS_WEEK", "THIS_MONTH", "THIS_YEAR", RANGE);

    private final Select<String> state = select("inbox.filter.state", STATES, "state.");
    private final Select<String> light = select("inbox.filter.light", LIGHTS, "light.option.");
    private final Select<String> period = select("inbox.filter.period", PERIODS, "period.");
    private final DatePicker from = new DatePicker(getTranslation("inbox.filter.from"));
    private final DatePicker to = new DatePicker(getTranslation("inbox.filter.to"));
    private final Paragraph error = new Paragraph();

    InboxFilters() {
        addClassName("inbox-filters");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        configureRange();
        add(state, light, period, from, to, error);
        state.addValueChangeListener(change -> changed());
        light.addValueChangeListener(change -> changed());
        period.addValueChangeListener(change -> periodChanged());
    }

    Registration addFilterListener(ComponentEventListener<FilterEvent> listener) {
        return addListener(FilterEvent.class, listener);
    }

    private Select<String> select(String labelKey, List<String> values, String itemKeyPrefix) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> ANY.equals(value) ? getTranslation("inbox.filter.any")
                : getTranslation(itemKeyPrefix + value));
        select.setValue(ANY);
        select.setMinWidth("11em");
        return select;
    }

    private void configureRange() {
        error.addClassName("inbox-filter-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("flex-basis", "100%");
        error.setVisible(false);
        DatePickers.localise(from, getLocale());
        DatePickers.localise(to, getLocale());
        from.addClassName("inbox-filter-from");
        to.addClassName("inbox-filter-to");
        from.setVisible(false);
        to.setVisible(false);
        from.addValueChangeListener(change -> changed());
        to.addValueChangeListener(change -> changed());
    }

    private void periodChanged() {
        boolean range = RANGE.equals(period.getValue());
        from.setVisible(range);
        to.setVisible(range);
        changed();
    }

    private void changed() {
        error.setVisible(false);
        current().ifPresent(filter -> fireEvent(new FilterEvent(this, filter)));
    }

    private Optional<InboxFilter> current() {
        return period().map(chosen -> new InboxFilter(chosen(state), chosen(light), chosen));
    }

    private Optional<InboxFilter.Period> period() {
        String value = period.getValue();
        if (!RANGE.equals(value)) {
            return Optional.of(ANY.equals(value) ? InboxFilter.Period.ANY : InboxFilter.Period.preset(value));
        }
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return range(from.getValue(), to.getValue());
    }

    private Optional<InboxFilter.Period> range(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            error.setText(getTranslation("inbox.filter.range-reversed"));
            error.setVisible(true);
            return Optional.empty();
        }
        return Optional.of(InboxFilter.Period.between(first, last));
    }

    private static Optional<String> chosen(Select<String> select) {
        return Optional.ofNullable(select.getValue()).filter(value -> !ANY.equals(value));
    }

    /** The filters now describe {@link #filter()}. */
    static final class FilterEvent extends ComponentEvent<InboxFilters> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final InboxFilter filter;

        FilterEvent(InboxFilters source, InboxFilter filter) {
            super(source, false);
            this.filter = filter;
        }

        InboxFilter filter() {
            return filter;
        }
    }
}
