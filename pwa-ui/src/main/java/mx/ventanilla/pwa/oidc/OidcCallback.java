package mx.ventanilla.pwa.oidc;

import java.io.IOException;
import java.io.Serial;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.ApiSession;
import mx.ventanilla.pwa.session.SignedIn;

/**
 * Where the provider sends the browser back: checks the {@code state} of the sign-in waiting in the HTTP session,
 * exchanges the code (with the PKCE verifier), asks the API who the provider's token belongs to and signs that user
 * in. Anything else goes back to the sign-in page with a reason ({@code signin?oidc=...}) and signs nobody in.
 */
@WebServlet(urlPatterns = "/oidc/callback")
public class OidcCallback extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String ME = "query Me { me { user { id username fullName roles unit { id } } } }";

    /** Why a return from the provider did not sign anyone in; the sign-in page shows {@code oidc.<reason>}. */
    public enum Failure {
        DENIED, STATE, UNKNOWN, FAILED;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession httpSession = request.getSession();
        Optional<PendingSignIn> pending = PendingSignIn.takeFrom(httpSession);
        Optional<OidcClient> client = services().oidc();
        String state = Optional.ofNullable(request.getParameter("state")).orElse("");
        if (client.isEmpty() || pending.isEmpty() || !pending.get().state().equals(state)) {
            back(request, response, Failure.STATE);
        } else if (request.getParameter("error") != null) {
            back(request, response, Failure.DENIED);
        } else {
            signIn(request, response, httpSession, client.get(), pending.get());
        }
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response, HttpSession httpSession,
                        OidcClient client, PendingSignIn pending) throws IOException {
        String code = Optional.ofNullable(request.getParameter("code")).orElse("");
        try {
            ProviderTokens tokens = client.exchange(code, pending, Clock.systemUTC());
            ApiSession session = new ApiSession(tokens.accessToken(), tokens.expiresAt(), tokens.refreshToken(),
                    tokens.refreshExpiresAt(), user(tokens.accessToken()));
            request.changeSessionId();
            SignedIn.start(httpSession, session, new OidcRefresher(client), Clock.systemUTC());
            response.sendRedirect(request.getContextPath() + "/turnos");
        } catch (OidcException e) {
            getServletContext().log("Sign-in at the OpenID Connect provider failed: " + e.getMessage());
            back(request, response, Failure.FAILED);
        } catch (ApiException e) {
            back(request, response, ApiException.UNAUTHENTICATED.equals(e.code()) ? Failure.UNKNOWN : Failure.FAILED);
        }
    }

    private ApiSession.SignedInUser user(String accessToken) {
        JsonNode user = services().api().call(ME, Map.of(), accessToken).path("me").path("user");
        if (!user.isObject()) {
            throw new ApiException(ApiException.UNAUTHENTICATED, "The provider's token is not a staff user's");
        }
        List<String> roles = new ArrayList<>();
        user.path("roles").forEach(role -> roles.add(role.asText()));
        return new ApiSession.SignedInUser(user.path("id").asText(), user.path("username").asText(),
                user.path("fullName").asText(), roles, user.path("unit").path("id").asText());
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, Failure failure)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/signin?oidc=" + failure.parameter());
    }

    private PwaServices services() {
        PwaServices services = new VaadinServletContext(getServletContext()).getAttribute(PwaServices.class);
        if (services == null) {
            throw new IllegalStateException("The web app was not started through VentanillaServlet");
        }
        return services;
    }
}
