package mx.ventanilla.pwa.oidc;

import java.io.Serial;
import java.time.Clock;

import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.ApiSession;
import mx.ventanilla.pwa.api.VentanillaApi;
import mx.ventanilla.pwa.session.Refresher;

/**
 * Sessions that began at the provider refresh there; ending one only forgets it here (no RP-initiated logout at the
 * provider's {@code end_session_endpoint}).
 *
 * @param client the provider's client
 */
public record OidcRefresher(OidcClient client) implements Refresher {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public ApiSession refresh(ApiSession session, VentanillaApi api) {
        if (session.refreshToken().isBlank()) {
            throw new ApiException(ApiException.UNAUTHENTICATED, "The provider gave no refresh token");
        }
        try {
            ProviderTokens tokens = client.refresh(session.refreshToken(), Clock.systemUTC());
            return new ApiSession(tokens.accessToken(), tokens.expiresAt(), tokens.refreshToken(),
                    tokens.refreshExpiresAt(), session.user());
        } catch (OidcException e) {
            throw new ApiException(ApiException.UNAUTHENTICATED, e.getMessage(), e);
        }
    }

    @Override
    public void end(ApiSession session, VentanillaApi api) {
        // The provider's session is its own; the device forgets this one.
    }
}
