package mx.ventanilla.identity.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2idPasswordHasherTest {

    private final Argon2idPasswordHasher cheap = new Argon2idPasswordHasher(1024, 1, 1);

    @Test
    void recommendedHashVerifiesTheSamePasswordAndNamesItsParameters() {
        Argon2idPasswordHasher hasher = Argon2idPasswordHasher.recommended();

        String hash = hasher.hash("Ventanilla-Demo-2026!".toCharArray());

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches("Ventanilla-Demo-2026!".toCharArray(), hash)).isTrue();
    }

    @Test
    void wrongPasswordDoesNotMatch() {
        String hash = cheap.hash("Correcto-Caballo-9".toCharArray());

        assertThat(cheap.matches("Correcto-Caballo-8".toCharArray(), hash)).isFalse();
        assertThat(cheap.matches("".toCharArray(), hash)).isFalse();
    }

    @Test
    void tamperedHashDoesNotMatch() {
        String hash = cheap.hash("Correcto-Caballo-9".toCharArray());
        int inHash = hash.lastIndexOf('$') + 5;
        String flipped = hash.substring(0, inHash) + (hash.charAt(inHash) == 'A' ? 'B' : 'A')
                + hash.substring(inHash + 1);
        String otherCost = hash.replace("m=1024", "m=2048");

        assertThat(cheap.matches("Correcto-Caballo-9".toCharArray(), flipped)).isFalse();
        assertThat(cheap.matches("Correcto-Caballo-9".toCharArray(), otherCost)).isFalse();
        assertThat(cheap.matches("Correcto-Caballo-9".toCharArray(), "not a hash")).isFalse();
        assertThat(cheap.matches("Correcto-Caballo-9".toCharArray(), hash.replace("argon2id", "argon2i"))).isFalse();
    }

    @Test
    void samePasswordGetsADifferentSaltEveryTime() {
        String first = cheap.hash("Correcto-Caballo-9".toCharArray());
        String second = cheap.hash("Correcto-Caballo-9".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(cheap.matches("Correcto-Caballo-9".toCharArray(), first)).isTrue();
        assertThat(cheap.matches("Correcto-Caballo-9".toCharArray(), second)).isTrue();
    }

    @Test
    void hashesMadeWithOtherParametersStillVerify() {
        String stronger = new Argon2idPasswordHasher(2048, 2, 1).hash("Correcto-Caballo-9".toCharArray());

        assertThat(cheap.matches("Correcto-Caballo-9".toCharArray(), stronger)).isTrue();
    }
}
