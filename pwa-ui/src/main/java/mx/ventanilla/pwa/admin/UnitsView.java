package mx.ventanilla.pwa.admin;

import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import mx.ventanilla.pwa.api.AdminApi.Unit;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.views.ActionBar;
import mx.ventanilla.pwa.views.MainLayout;

/**
 * "Unidades administrativas" (ADMIN): the organisation tree, inactive units included, as a tree grid; a new unit below
 * the selected one (or as a root), renaming, deactivating and reactivating, with the API's rules and messages.
 */
@Route(value = "admin/unidades", layout = MainLayout.class)
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final List<String> KINDS = List.of("DIRECTION", "SUBDIRECTION", "DEPARTMENT", "REGIONAL_DELEGATION");

    private final TreeGrid<Unit> tree = new TreeGrid<>();
    private final Feedback feedback = new Feedback();
    private final Button create = new Button();
    private final Button rename = new Button();
    private final Button toggle = new Button();

    public UnitsView() {
        addClassName("units-view");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        add(new H2(getTranslation("admin.units.title")));
        if (!AdminScreen.admitted(this)) {
            return;
        }
        configureTree();
        add(createActions(), feedback, tree);
        refresh();
    }

    private void configureTree() {
        tree.addHierarchyColumn(Unit::code).setHeader(getTranslation("admin.units.code")).setAutoWidth(true);
        tree.addColumn(Unit::name).setHeader(getTranslation("admin.units.name")).setFlexGrow(1);
        tree.addColumn(unit -> getTranslation("admin.kind." + unit.kind())).setHeader(getTranslation("admin.units.kind"))
                .setAutoWidth(true);
        tree.addColumn(unit -> getTranslation(unit.active() ? "admin.active" : "admin.inactive"))
                .setHeader(getTranslation("admin.status")).setAutoWidth(true);
        tree.getElement().setAttribute("aria-label", getTranslation("admin.units.title"));
        tree.setAllRowsVisible(true);
        tree.addSelectionListener(selection -> updateActions(selection.getFirstSelectedItem()));
    }

    private com.vaadin.flow.component.orderedlayout.FlexLayout createActions() {
        create.setText(getTranslation("admin.units.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openCreate(tree.getSelectedItems().stream().findFirst()));
        rename.setText(getTranslation("admin.units.rename"));
        rename.addClickListener(click -> tree.getSelectedItems().stream().findFirst().ifPresent(this::openRename));
        toggle.addClickListener(click -> tree.getSelectedItems().stream().findFirst().ifPresent(this::toggle));
        updateActions(Optional.empty());
        return ActionBar.of(create, rename, toggle);
    }

    private void updateActions(Optional<Unit> selected) {
        create.setText(getTranslation(selected.isPresent() ? "admin.units.create-below" : "admin.units.create",
                selected.map(Unit::code).orElse("")));
        rename.setEnabled(selected.isPresent());
        toggle.setEnabled(selected.isPresent());
        toggle.setText(getTranslation(selected.map(Unit::active).orElse(true) ? "admin.deactivate" : "admin.activate"));
    }

    private void refresh() {
        try {
            List<Unit> units = AdminScreen.api().tree(AdminScreen.token());
            Map<String, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
            TreeData<Unit> data = new TreeData<>();
            units.forEach(unit -> data.addItem(unit.parentId().map(byId::get).orElse(null), unit));
            tree.setTreeData(data);
            tree.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        } catch (ApiException failed) {
            feedback.error(getTranslation(failed.messageKey()));
        }
        updateActions(Optional.empty());
    }

    private void openCreate(Optional<Unit> parent) {
        TextField code = new TextField(getTranslation("admin.units.code"));
        code.setMaxLength(16);
        code.addClassName("new-unit-code");
        TextField name = new TextField(getTranslation("admin.units.name"));
        name.addClassName("new-unit-name");
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("admin.units.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(value -> getTranslation("admin.kind." + value));
        kind.setValue("DEPARTMENT");
        Span below = new Span(parent.map(unit -> getTranslation("admin.units.parent", unit.code(), unit.name()))
                .orElse(getTranslation("admin.units.root")));
        AdminDialog dialog = new AdminDialog(getTranslation("admin.units.create-title"),
                getTranslation("admin.units.create-confirm"), below, code, name, kind);
        dialog.addSubmitListener(submitted -> change(Optional.of(dialog), getTranslation("admin.units.created", code.getValue()),
                () -> AdminScreen.api().createUnit(AdminScreen.token(), code.getValue().strip(),
                        name.getValue().strip(), kind.getValue(), parent.map(Unit::id))));
        dialog.open();
    }

    private void openRename(Unit unit) {
        TextField name = new TextField(getTranslation("admin.units.name"));
        name.setValue(unit.name());
        AdminDialog dialog = new AdminDialog(getTranslation("admin.units.rename-title", unit.code()),
                getTranslation("admin.save"), name);
        dialog.addSubmitListener(submitted -> change(Optional.of(dialog), getTranslation("admin.units.renamed", unit.code()),
                () -> AdminScreen.api().renameUnit(AdminScreen.token(), unit.id(), name.getValue().strip())));
        dialog.open();
    }

    private void toggle(Unit unit) {
        change(Optional.empty(), getTranslation(unit.active() ? "admin.units.deactivated" : "admin.units.activated", unit.code()),
                () -> AdminScreen.api().setUnitActive(AdminScreen.token(), unit.id(), !unit.active()));
    }

    private void change(Optional<AdminDialog> dialog, String done, Runnable call) {
        try {
            call.run();
            feedback.success(done);
            dialog.ifPresent(AdminDialog::close);
            refresh();
        } catch (ApiException refused) {
            String message = getTranslation(refused.messageKey()) + " " + refused.getMessage();
            dialog.ifPresentOrElse(open -> open.add(errorLine(message)), () -> feedback.error(message));
        }
    }

    private Span errorLine(String message) {
        Span line = new Span(message);
        line.addClassName("dialog-error");
        line.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "block");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.units.title") + " · " + getTranslation("app.name");
    }
}
