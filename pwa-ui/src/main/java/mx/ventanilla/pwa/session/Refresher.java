package mx.ventanilla.pwa.session;

import java.io.Serializable;

import mx.ventanilla.pwa.api.ApiSession;
import mx.ventanilla.pwa.api.VentanillaApi;

/**
 * Where a session gets its next access token and how it ends: the API's own sessions refresh and end at the API,
 * sessions of the institution's OpenID Connect provider at that provider.
 */
public interface Refresher extends Serializable {

    /** Sessions that began with username and password at the API. */
    Refresher API = new Refresher() {

        private static final long serialVersionUID = 1L;

        @Override
        public ApiSession refresh(ApiSession session, VentanillaApi api) {
            return api.refreshSession(session.refreshToken());
        }

        @Override
        public void end(ApiSession session, VentanillaApi api) {
            api.signOut(session.refreshToken());
        }
    };

    /** The next session, exchanging the refresh token of {@code session}. */
    ApiSession refresh(ApiSession session, VentanillaApi api);

    /** Ends {@code session} where it was issued, if that is possible. */
    void end(ApiSession session, VentanillaApi api);
}
