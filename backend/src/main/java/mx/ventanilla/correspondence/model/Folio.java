package mx.ventanilla.correspondence.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.ventanilla.platform.error.InvalidInputException;

/**
 * The registry number of a correspondence item, e.g. {@code DG-2026-000123}: the registering unit's prefix, the year
 * and a sequence that is unique per prefix and year and never reused.
 */
public record Folio(String prefix, int year, long sequence) implements Comparable<Folio> {

    private static final Pattern FORMAT = Pattern.compile("([A-Z][A-Z0-9]{0,11})-(\\d{4})-(\\d{6,})");
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,11}");

    public Folio {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new InvalidInputException("folio", "A folio prefix is 1 to 12 capital letters or digits, "
                    + "starting with a letter; got '" + prefix + "'.");
        }
        if (year < 1900 || year > 9999 || sequence < 1) {
            throw new InvalidInputException("folio", "A folio needs a four-digit year and a positive sequence.");
        }
    }

    /** Reads {@code DG-2026-000123} (case-insensitive). */
    public static Folio parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new InvalidInputException("folio", "'" + text + "' is not a folio; folios look like DG-2026-000123.");
        }
        return new Folio(matcher.group(1), Integer.parseInt(matcher.group(2)), Long.parseLong(matcher.group(3)));
    }

    /** The name of the sequence folios of this prefix and year are drawn from. */
    public static String sequenceName(String prefix, int year) {
        return "folio:" + prefix + ":" + year;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s-%d-%06d", prefix, year, sequence);
    }

    @Override
    public int compareTo(Folio other) {
        int byPrefix = prefix.compareTo(other.prefix);
        if (byPrefix != 0) {
            return byPrefix;
        }
        return year != other.year ? Integer.compare(year, other.year) : Long.compare(sequence, other.sequence);
    }
}
