package mx.ventanilla.pwa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static Set<Object> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }

    private final Translations translations = new Translations();

    @Test
    void spanishIsTheDefaultWhateverTheServersOwnLocale() {
        Locale serverLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);

            assertThat(translations.getTranslation("signout", Locale.GERMANY)).isEqualTo("Cerrar sesión");
            assertThat(translations.getTranslation("signout", Translations.SPANISH)).isEqualTo("Cerrar sesión");
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    @Test
    void anyEnglishLocaleGetsEnglish() {
        assertThat(translations.getTranslation("signout", Locale.US)).isEqualTo("Sign out");
        assertThat(translations.getTranslation("signout", Locale.UK)).isEqualTo("Sign out");
    }

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("translations_en.properties")).isEqualTo(keys("translations.properties")).isNotEmpty();
    }

    @Test
    void parametersAreFilledIn() {
        assertThat(translations.getTranslation("home.signed-in-at", Translations.SPANISH, "1 de enero", "UTC"))
                .isEqualTo("Sesión iniciada el 1 de enero (hora de UTC).");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertThat(translations.getTranslation("no.such.key", Translations.SPANISH)).isEqualTo("!no.such.key");
    }
}
