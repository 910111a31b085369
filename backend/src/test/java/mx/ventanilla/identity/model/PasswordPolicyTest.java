package mx.ventanilla.identity.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void longMixedPasswordIsAccepted() {
        assertThat(PasswordPolicy.problems("mhernandez", "Ventanilla-Demo-2026!")).isEmpty();
        assertThat(PasswordPolicy.problems("mhernandez", "caballo correcto 42 batería")).isEmpty();
    }

    @Test
    void shortPasswordIsRefusedWithItsLength() {
        assertThat(PasswordPolicy.problems("mhernandez", "Ab1!xyz"))
                .containsExactly("The password must have at least 12 characters; it has 7.");
    }

    @Test
    void passwordOfOneCharacterClassIsRefused() {
        assertThat(PasswordPolicy.problems("mhernandez", "solominusculasaqui"))
                .containsExactly("The password must mix at least 3 of: lower-case letters, upper-case letters,"
                        + " digits, other symbols.");
    }

    @Test
    void passwordContainingTheUsernameIsRefused() {
        assertThat(PasswordPolicy.problems("mhernandez", "MHernandez-2026!"))
                .containsExactly("The password must not contain the username.");
    }

    @Test
    void commonAndRepeatedPasswordsAreRefused() {
        assertThat(PasswordPolicy.problems("jperez", "Password123!"))
                .contains("The password is one of the most common passwords; choose another.");
        assertThat(PasswordPolicy.problems("jperez", "aaaaaaaaaaaaaa"))
                .contains("The password must not be one character repeated.");
    }

    @Test
    void everyBrokenRuleIsReported() {
        assertThat(PasswordPolicy.problems("ana", "ana")).hasSize(3);
    }

    @Test
    void tooLongPasswordIsRefused() {
        assertThat(PasswordPolicy.problems("jperez", "Ab1!".repeat(40)))
                .containsExactly("The password must have at most 128 characters; it has 160.");
    }
}
