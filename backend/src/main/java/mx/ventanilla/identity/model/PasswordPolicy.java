package mx.ventanilla.identity.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be like. Length matters most (NIST SP 800-63B), so the rule is a long minimum, a mix of at
 * least three character classes, and a refusal of the obvious: the username inside the password, one repeated
 * character, and the passwords every attacker tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_CLASSES = 3;
    private static final Set<String> COMMON = Set.of(
            "password1234", "contraseña123", "contrasena123", "123456789012", "qwertyuiop12", "administrador",
            "administrator", "ventanilla123", "passw0rd1234", "password123!", "welcome12345", "bienvenido123");

    private PasswordPolicy() {
    }

    /** The rules this password breaks, as sentences a person can act on; empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("The password must have at least " + MIN_LENGTH + " characters; it has " + length + ".");
        }
        if (length > MAX_LENGTH) {
            problems.add("The password must have at most " + MAX_LENGTH + " characters; it has " + length + ".");
        }
        if (characterClasses(password) < MIN_CLASSES) {
            problems.add("The password must mix at least " + MIN_CLASSES
                    + " of: lower-case letters, upper-case letters, digits, other symbols.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("The password must not contain the username.");
        }
        if (!password.isEmpty() && password.chars().distinct().count() == 1) {
            problems.add("The password must not be one character repeated.");
        }
        if (COMMON.contains(lower)) {
            problems.add("The password is one of the most common passwords; choose another.");
        }
        return problems;
    }

    private static int characterClasses(String password) {
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
