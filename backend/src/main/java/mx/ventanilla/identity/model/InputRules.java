package mx.ventanilla.identity.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of identity values, shared by the API and the CSV import so both say the same thing about the same
 * mistake. Each check returns the problem as a sentence, or nothing when the value is fine.
 */
public final class InputRules {

    public static final int MAX_NAME_LENGTH = 200;
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{0,14}[A-Z0-9])?");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{1,38}[a-z0-9])");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final int MAX_EMAIL_LENGTH = 254;

    private InputRules() {
    }

    /** Unit codes are stored in upper case; they prefix folios, so they stay short and plain. */
    public static String normalizeUnitCode(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    public static String normalizeUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Checks a code already normalised with {@link #normalizeUnitCode}. */
    public static Optional<String> unitCodeProblem(String code) {
        if (UNIT_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return Optional.of("The unit code '" + code + "' is invalid: use 1 to 16 letters A-Z, digits or inner hyphens,"
                + " e.g. DG or DRH-01.");
    }

    /** Checks a username already normalised with {@link #normalizeUsername}. */
    public static Optional<String> usernameProblem(String username) {
        if (USERNAME.matcher(username).matches()) {
            return Optional.empty();
        }
        return Optional.of("The username '" + username + "' is invalid: use 3 to 40 letters a-z, digits, dots, hyphens"
                + " or underscores, starting and ending with a letter or digit, e.g. mhernandez.");
    }

    /** Checks an address already normalised with {@link #normalizeEmail}. */
    public static Optional<String> emailProblem(String email) {
        if (email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches()) {
            return Optional.empty();
        }
        return Optional.of("The email address '" + email + "' is invalid: use a form like nombre@dependencia.gob.mx.");
    }

    /** Names of units and people: present, not too long, no control characters. */
    public static Optional<String> nameProblem(String what, String name) {
        if (name.isBlank()) {
            return Optional.of("The " + what + " is required.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of("The " + what + " must have at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("The " + what + " must not contain control characters such as line breaks.");
        }
        return Optional.empty();
    }
}
