package mx.ventanilla.pwa.admin;

import java.io.Serial;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import mx.ventanilla.pwa.api.AdminApi.Unit;
import mx.ventanilla.pwa.api.AdminApi.User;
import mx.ventanilla.pwa.api.AdminApi.UserFilter;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.Paged;
import mx.ventanilla.pwa.views.ActionBar;
import mx.ventanilla.pwa.views.MainLayout;
import mx.ventanilla.pwa.views.MoreButton;
import mx.ventanilla.pwa.views.PagedList;

/**
 * "Usuarios" (ADMIN): staff users searched and filtered by unit, role and status; create, change roles and unit,
 * deactivate or reactivate, set a password; and the CSV import of units and users with its report.
 */
@Route(value = "admin/usuarios", layout = MainLayout.class)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    @Serial
    private static final long serialVersionUID = 1L;
    static final List<String> ROLES = List.of("ADMIN", "MANAGER", "OFFICER", "TECHNICIAN", "AGENT", "AUDITOR");
    private static final String ALL = "";

    private final Grid<User> grid = new Grid<>();
    private final Feedback feedback = new Feedback();
    private final TextField search = new TextField();
    private final Select<String> unitFilter = new Select<>();
    private final Select<String> roleFilter = new Select<>();
    private final Select<String> activeFilter = new Select<>();
    private final Button create = new Button();
    private final Button edit = new Button();
    private final Button toggle = new Button();
    private final Button password = new Button();
    private final PagedList<User> rows = new PagedList<>();
    private final MoreButton more = new MoreButton(this::loadMore);
    private List<Unit> units = List.of();

    public UsersView() {
        addClassName("users-view");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        add(new H2(getTranslation("admin.users.title")));
        if (!AdminScreen.admitted(this)) {
            return;
        }
        loadUnits();
        configureGrid();
        add(createFilters(), createActions(), feedback, grid, more, new H3(getTranslation("admin.import.title")),
                new CsvImport());
        refresh();
    }

    private void loadUnits() {
        try {
            units = AdminScreen.api().tree(AdminScreen.token());
        } catch (ApiException failed) {
            feedback.error(getTranslation(failed.messageKey()));
        }
    }

    private FlexLayout createFilters() {
        search.setLabel(getTranslation("admin.users.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        unitFilter.setLabel(getTranslation("admin.users.unit"));
        unitFilter.setItems(concat(ALL, units.stream().map(Unit::id).toList()));
        unitFilter.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("admin.all") : unitLabel(id));
        unitFilter.setValue(ALL);
        roleFilter.setLabel(getTranslation("admin.users.role"));
        roleFilter.setItems(concat(ALL, ROLES));
        roleFilter.setItemLabelGenerator(role -> role.isEmpty() ? getTranslation("admin.all")
                : getTranslation("role." + role));
        roleFilter.setValue(ALL);
        activeFilter.setLabel(getTranslation("admin.status"));
        activeFilter.setItems(ALL, "true", "false");
        activeFilter.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("admin.all")
                : getTranslation(Boolean.parseBoolean(value) ? "admin.active" : "admin.inactive"));
        activeFilter.setValue(ALL);
        search.addValueChangeListener(change -> filterChanged());
        unitFilter.addValueChangeListener(change -> filterChanged());
        roleFilter.addValueChangeListener(change -> filterChanged());
        activeFilter.addValueChangeListener(change -> filterChanged());
        return ActionBar.of(search, unitFilter, roleFilter, activeFilter);
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private String unitLabel(String id) {
        return units.stream().filter(unit -> unit.id().equals(id)).findFirst()
                .map(unit -> unit.code() + " · " + unit.name()).orElse(id);
    }

    private void configureGrid() {
        grid.addColumn(User::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        grid.addColumn(User::fullName).setHeader(getTranslation("admin.users.full-name")).setFlexGrow(1);
        grid.addColumn(User::email).setHeader(getTranslation("admin.users.email"));
        grid.addColumn(user -> String.join(", ", user.roles().stream().map(role -> getTranslation("role." + role))
                .toList())).setHeader(getTranslation("admin.users.roles"));
        grid.addColumn(User::unitCode).setHeader(getTranslation("admin.users.unit")).setAutoWidth(true);
        grid.addColumn(user -> getTranslation(user.active() ? "admin.active" : "admin.inactive"))
                .setHeader(getTranslation("admin.status")).setAutoWidth(true);
        grid.getElement().setAttribute("aria-label", getTranslation("admin.users.title"));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(selection -> updateActions(selection.getFirstSelectedItem()));
    }

    private FlexLayout createActions() {
        create.setText(getTranslation("admin.users.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openCreate());
        edit.setText(getTranslation("admin.users.edit"));
        edit.addClickListener(click -> selected().ifPresent(this::openEdit));
        toggle.setText(getTranslation("admin.deactivate"));
        toggle.addClickListener(click -> selected().ifPresent(this::toggle));
        password.setText(getTranslation("admin.users.password"));
        password.addClickListener(click -> selected().ifPresent(this::openPassword));
        updateActions(Optional.empty());
        return ActionBar.of(create, edit, toggle, password);
    }

    private Optional<User> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions(Optional<User> user) {
        edit.setEnabled(user.isPresent());
        toggle.setEnabled(user.isPresent());
        password.setEnabled(user.isPresent());
        toggle.setText(getTranslation(user.map(User::active).orElse(true) ? "admin.deactivate" : "admin.activate"));
    }

    private void filterChanged() {
        rows.clear();
        refresh();
    }

    private void refresh() {
        show(() -> rows.reload(this::page));
    }

    private void loadMore() {
        show(() -> rows.more(this::page));
    }

    private Paged<User> page(Optional<String> after) {
        return AdminScreen.api().users(AdminScreen.token(), filter(), after);
    }

    private void show(Supplier<List<User>> read) {
        try {
            grid.setItems(read.get());
            more.followPagesOf(rows);
        } catch (ApiException failed) {
            feedback.error(getTranslation(failed.messageKey()));
        }
        updateActions(Optional.empty());
    }

    private UserFilter filter() {
        return new UserFilter(Optional.ofNullable(search.getValue()), chosen(unitFilter), chosen(roleFilter),
                chosen(activeFilter).map(Boolean::parseBoolean));
    }

    private static Optional<String> chosen(Select<String> select) {
        return Optional.ofNullable(select.getValue()).filter(value -> !value.isEmpty());
    }

    private void openCreate() {
        TextField username = new TextField(getTranslation("admin.users.username"));
        TextField fullName = new TextField(getTranslation("admin.users.full-name"));
        EmailField email = new EmailField(getTranslation("admin.users.email"));
        CheckboxGroup<String> roles = rolesField(List.of());
        Select<String> unit = unitField(Optional.empty());
        username.addClassName("new-username");
        fullName.addClassName("new-full-name");
        email.addClassName("new-email");
        roles.addClassName("new-user-roles");
        unit.addClassName("new-user-unit");
        AdminDialog dialog = new AdminDialog(getTranslation("admin.users.create-title"),
                getTranslation("admin.users.create-confirm"), username, fullName, email, unit, roles);
        dialog.addSubmitListener(submitted -> change(Optional.of(dialog),
                getTranslation("admin.users.created", username.getValue().strip()),
                () -> AdminScreen.api().createUser(AdminScreen.token(), username.getValue().strip(),
                        fullName.getValue().strip(), email.getValue().strip(), List.copyOf(roles.getValue()),
                        Optional.ofNullable(unit.getValue()).orElse(""))));
        dialog.open();
    }

    private void openEdit(User user) {
        CheckboxGroup<String> roles = rolesField(user.roles());
        Select<String> unit = unitField(Optional.of(user.unitId()));
        AdminDialog dialog = new AdminDialog(getTranslation("admin.users.edit-title", user.username()),
                getTranslation("admin.save"), unit, roles);
        dialog.addSubmitListener(submitted -> change(Optional.of(dialog),
                getTranslation("admin.users.updated", user.username()),
                () -> AdminScreen.api().updateRolesAndUnit(AdminScreen.token(), user, List.copyOf(roles.getValue()),
                        Optional.ofNullable(unit.getValue()).orElse(user.unitId()))));
        dialog.open();
    }

    private void openPassword(User user) {
        PasswordField secret = new PasswordField(getTranslation("admin.users.new-password"));
        AdminDialog dialog = new AdminDialog(getTranslation("admin.users.password-title", user.username()),
                getTranslation("admin.save"), secret);
        dialog.addSubmitListener(submitted -> change(Optional.of(dialog),
                getTranslation("admin.users.password-set", user.username()),
                () -> AdminScreen.api().setPassword(AdminScreen.token(), user.id(), secret.getValue())));
        dialog.open();
    }

    private void toggle(User user) {
        change(Optional.empty(), getTranslation(user.active() ? "admin.users.deactivated" : "admin.users.activated",
                user.username()), () -> AdminScreen.api().setUserActive(AdminScreen.token(), user, !user.active()));
    }

    private CheckboxGroup<String> rolesField(List<String> current) {
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));
        roles.setItems(ROLES);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        roles.setValue(java.util.Set.copyOf(current));
        return roles;
    }

    private Select<String> unitField(Optional<String> current) {
        Select<String> unit = new Select<>();
        unit.setLabel(getTranslation("admin.users.unit"));
        unit.setItems(units.stream().filter(Unit::active).map(Unit::id).toList());
        unit.setItemLabelGenerator(this::unitLabel);
        current.ifPresent(unit::setValue);
        return unit;
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

    private static Span errorLine(String message) {
        Span line = new Span(message);
        line.addClassName("dialog-error");
        line.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "block");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · " + getTranslation("app.name");
    }
}
