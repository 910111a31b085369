package mx.ventanilla.pwa.session;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.ApiSession;
import mx.ventanilla.pwa.api.VentanillaApi;

/**
 * The API session of the user signed in to this browser session. Access tokens live minutes: {@link #accessToken}
 * exchanges the refresh token for a new session shortly before the current one runs out.
 */
public final class SignedIn implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);
    private static final String HTTP_SESSION_KEY = SignedIn.class.getName();

    private ApiSession session;
    private final Refresher refresher;
    private final Instant signedInAt;

    private SignedIn(ApiSession session, Refresher refresher, Instant signedInAt) {
        this.session = session;
        this.refresher = refresher;
        this.signedInAt = signedInAt;
    }

    /** The signed-in user of the current Vaadin session, if any. */
    public static Optional<SignedIn> current() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        return Optional.ofNullable(vaadinSession.getAttribute(SignedIn.class))
                .or(() -> Optional.ofNullable(vaadinSession.getSession())
                        .map(httpSession -> (SignedIn) httpSession.getAttribute(HTTP_SESSION_KEY)));
    }

    /**
     * The signed-in user of a plain servlet request's HTTP session (the app's own endpoints beside the Vaadin views),
     * if any.
     */
    public static Optional<SignedIn> of(HttpSession session) {
        return Optional.ofNullable((SignedIn) session.getAttribute(HTTP_SESSION_KEY));
    }

    /**
     * Remembers {@code session} as the current user's, in the current Vaadin session and in the HTTP session beneath
     * it, where the app's own endpoints find it.
     */
    public static SignedIn start(ApiSession session, Clock clock) {
        SignedIn signedIn = new SignedIn(session, Refresher.API, clock.instant());
        VaadinSession.getCurrent().setAttribute(SignedIn.class, signedIn);
        VaadinSession.getCurrent().getSession().setAttribute(HTTP_SESSION_KEY, signedIn);
        return signedIn;
    }

    /**
     * Remembers {@code session}, refreshed and ended through {@code refresher}, in the HTTP session of a plain servlet
     * request (the return from an external sign-in); the Vaadin views find it there.
     */
    public static SignedIn start(HttpSession httpSession, ApiSession session, Refresher refresher, Clock clock) {
        SignedIn signedIn = new SignedIn(session, refresher, clock.instant());
        httpSession.setAttribute(HTTP_SESSION_KEY, signedIn);
        return signedIn;
    }

    public ApiSession.SignedInUser user() {
        return session.user();
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    /** An access token good for at least a minute more, refreshing the session when needed. */
    public synchronized String accessToken(VentanillaApi api, Clock clock) {
        if (clock.instant().plus(REFRESH_AHEAD).isAfter(session.expiresAt())) {
            session = refresher.refresh(session, api);
        }
        return session.accessToken();
    }

    /**
     * Ends the API session and forgets it here. The local part always happens: a backend that cannot be reached must
     * not keep a user signed in on a shared device.
     */
    public synchronized void signOut(VentanillaApi api) {
        try {
            refresher.end(session, api);
        } catch (ApiException ignored) {
            // The refresh token expires by itself; the device forgets it either way.
        } finally {
            VaadinSession current = VaadinSession.getCurrent();
            current.setAttribute(SignedIn.class, null);
            WrappedSession httpSession = current.getSession();
            if (httpSession != null) {
                httpSession.removeAttribute(HTTP_SESSION_KEY);
            }
        }
    }
}
