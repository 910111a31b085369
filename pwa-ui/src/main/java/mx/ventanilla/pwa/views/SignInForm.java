package mx.ventanilla.pwa.views;

import java.io.Serial;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** Username and password; raises a {@link SignInEvent} and leaves calling the API to the view. */
public class SignInForm extends FormLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button submit = new Button();
    private final Paragraph error = new Paragraph();

    public SignInForm() {
        configureFields();
        configureSubmit();
        error.addClassName("sign-in-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(username, password, error, submit);
    }

    private void configureFields() {
        username.setLabel(getTranslation("signin.username"));
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setAutofocus(true);
        username.setRequired(true);
        password.setLabel(getTranslation("signin.password"));
        password.setRequired(true);
    }

    private void configureSubmit() {
        submit.setText(getTranslation("signin.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> submitted());
    }

    private void submitted() {
        if (username.isEmpty() || password.isEmpty()) {
            showError(getTranslation("signin.missing"));
            return;
        }
        fireEvent(new SignInEvent(this, username.getValue().strip(), password.getValue()));
    }

    /** Shows why signing in did not work and empties the password. */
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        password.clear();
        password.focus();
    }

    public Registration addSignInListener(ComponentEventListener<SignInEvent> listener) {
        return addListener(SignInEvent.class, listener);
    }

    /** Someone asked to sign in with these credentials. */
    public static final class SignInEvent extends ComponentEvent<SignInForm> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String username;
        private final String password;

        SignInEvent(SignInForm source, String username, String password) {
            super(source, false);
            this.username = username;
            this.password = password;
        }

        public String username() {
            return username;
        }

        public String password() {
            return password;
        }
    }
}
