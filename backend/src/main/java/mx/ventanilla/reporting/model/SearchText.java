package mx.ventanilla.reporting.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one folding of searchable text: lower case, accents and other combining marks removed, runs of white space
 * made one space. Whoever writes a {@code searchText} field (correspondence registration) must store
 * {@code normalise(...)} of the searchable values, and every search folds its input the same way, so "tramite" finds
 * "Trámite".
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** Folds text for storage in {@code searchText} and for matching against it. */
    public static String normalise(String text) {
        String withoutMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Folds several values into one {@code searchText}, separated by spaces. */
    public static String normalise(String first, String... more) {
        return normalise(first + " " + String.join(" ", more));
    }

    /**
     * A regular expression that finds {@code text} inside a value stored as written (not folded), ignoring case and
     * Spanish accents: every vowel, n and c matches its accented forms in either case. Use it with the case-insensitive
     * option; the text is quoted, never interpreted.
     */
    public static String accentInsensitivePattern(String text) {
        StringBuilder pattern = new StringBuilder();
        normalise(text).chars().forEach(c -> pattern.append(classOf((char) c)));
        return pattern.toString();
    }

    private static String classOf(char c) {
        return switch (c) {
            case 'a' -> "[aáàäâAÁÀÄÂ]";
            case 'e' -> "[eéèëêEÉÈËÊ]";
            case 'i' -> "[iíìïîIÍÌÏÎ]";
            case 'o' -> "[oóòöôOÓÒÖÔ]";
            case 'u' -> "[uúùüûUÚÙÜÛ]";
            case 'n' -> "[nñNÑ]";
            case 'c' -> "[cçCÇ]";
            default -> Pattern.quote(String.valueOf(c));
        };
    }
}
