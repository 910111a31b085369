package mx.ventanilla.pwa.oidc;

import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;

/**
 * A sign-in sent to the provider and not yet back, kept in the HTTP session: the {@code state} the return must carry,
 * the {@code nonce} the ID token must carry and the PKCE verifier whose S256 challenge went out.
 *
 * @param state        unguessable, echoed back by the provider
 * @param nonce        unguessable, put in the ID token by the provider
 * @param codeVerifier the PKCE secret sent only with the code
 * @param redirectUri  this app's {@code /oidc/callback}
 */
public record PendingSignIn(String state, String nonce, String codeVerifier, URI redirectUri) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String SESSION_KEY = PendingSignIn.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new sign-in returning to {@code redirectUri}. */
    public static PendingSignIn start(URI redirectUri) {
        return new PendingSignIn(random(), random(), random(), redirectUri);
    }

    /** The S256 code challenge of the verifier. */
    public String codeChallenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Keeps this sign-in in the HTTP session beneath {@code session} until the provider sends the browser back. */
    public void keepIn(WrappedSession session) {
        session.setAttribute(SESSION_KEY, this);
    }

    /** The sign-in waiting in {@code session}, which forgets it: each one returns once. */
    public static Optional<PendingSignIn> takeFrom(HttpSession session) {
        Optional<PendingSignIn> pending = Optional.ofNullable((PendingSignIn) session.getAttribute(SESSION_KEY));
        session.removeAttribute(SESSION_KEY);
        return pending;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
