package mx.ventanilla.pwa.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The web app's resource bundles ({@code vaadin-i18n/translations*.properties}): Spanish (Mexico) is the base bundle
 * and the language for any browser that does not ask for English. The JVM's default locale never takes part, so a
 * server running in English still greets a Spanish browser in Spanish.
 */
public final class Translations implements I18NProvider {

    public static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final long serialVersionUID = 1L;

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SPANISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException missing) {
            return "!" + key;
        }
    }

    /**
     * Every entry whose key starts with {@code prefix}, keyed by the rest of the key, in {@code locale}'s language:
     * the words of pages that are not Vaadin views (the offline shell).
     */
    public static Map<String, String> withPrefix(String prefix, Locale locale) {
        Map<String, String> entries = new TreeMap<>();
        withPrefixes(locale, prefix).forEach((key, value) -> entries.put(key.substring(prefix.length()), value));
        return entries;
    }

    /**
     * Every entry whose key starts with one of {@code prefixes}, in {@code locale}'s language: the strings a browser-side
     * component receives from its view.
     */
    public static Map<String, String> withPrefixes(Locale locale, String... prefixes) {
        ResourceBundle bundle = bundle(locale);
        Map<String, String> entries = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (Arrays.stream(prefixes).anyMatch(key::startsWith)) {
                entries.put(key, bundle.getString(key));
            }
        }
        return entries;
    }

    /** The bundle for {@code locale}: English for any English locale, Spanish otherwise. */
    static ResourceBundle bundle(Locale locale) {
        Locale language = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language, Translations.class.getClassLoader(), NO_FALLBACK);
    }
}
