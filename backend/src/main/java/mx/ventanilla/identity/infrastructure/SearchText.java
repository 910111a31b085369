package mx.ventanilla.identity.infrastructure;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

/**
 * Accent- and case-insensitive "contains" search. Documents keep a {@code searchText} field with their searchable
 * values folded (lower case, accents removed), and a search folds the text the same way and matches it as a literal:
 * it is quoted, never interpreted as a pattern or an operator, so "José" finds "jose" and "a.*" finds only "a.*".
 */
final class SearchText {

    static final String FIELD = "searchText";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    static String fold(String... values) {
        String joined = String.join(" ", values);
        return MARKS.matcher(Normalizer.normalize(joined, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static Bson contains(String text) {
        return Filters.regex(FIELD, Pattern.quote(fold(text.strip())));
    }
}
