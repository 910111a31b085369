package mx.ventanilla.pwa.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PendingSignInTest {

    private static final URI CALLBACK = URI.create("http://localhost:8081/oidc/callback");

    @Test
    void theChallengeIsTheS256OfTheVerifierAsInRfc7636() {
        PendingSignIn pending = new PendingSignIn("s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", CALLBACK);

        assertThat(pending.codeChallenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void everySignInHasItsOwnUnguessableStateNonceAndVerifier() {
        PendingSignIn one = PendingSignIn.start(CALLBACK);
        PendingSignIn other = PendingSignIn.start(CALLBACK);

        assertThat(one.state()).isNotEqualTo(other.state()).hasSize(43);
        assertThat(one.nonce()).isNotEqualTo(other.nonce()).isNotEqualTo(one.state());
        assertThat(one.codeVerifier()).isNotEqualTo(other.codeVerifier()).hasSize(43);
    }
}
