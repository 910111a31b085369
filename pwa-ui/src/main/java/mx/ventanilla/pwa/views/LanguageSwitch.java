package mx.ventanilla.pwa.views;

import java.io.Serial;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import mx.ventanilla.pwa.i18n.Translations;

/** Switches between Spanish and English for the rest of the browser session, labelled in the other language. */
public class LanguageSwitch extends Button {

    @Serial
    private static final long serialVersionUID = 1L;

    public LanguageSwitch() {
        boolean english = Translations.ENGLISH.getLanguage().equals(UI.getCurrent().getLocale().getLanguage());
        Locale other = english ? Translations.SPANISH : Translations.ENGLISH;
        setText(getTranslation("language.other"));
        getElement().setAttribute("lang", other.toLanguageTag());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> switchTo(other));
    }

    private static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
