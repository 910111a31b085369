package mx.ventanilla.pwa.device;

import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import mx.ventanilla.pwa.PwaServices;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.session.SignedIn;

/**
 * Base of the app's own HTTP endpoints that the browser's scripts and service worker call beside the Vaadin views
 * (uploads with a progress bar, offline copies, files): they act for the user signed in to the same HTTP session, with
 * that user's API token, so the backend still decides what they may see and do. Anything but GET and HEAD must come
 * from a page of this app (same origin), which keeps other sites from acting with the user's cookie.
 */
public abstract class DeviceEndpoint extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The signed-in caller of a request and what an endpoint needs to act for them. */
    protected record Caller(SignedIn signedIn, PwaServices services) {

        /** An access token of the caller, refreshed when it is about to run out. */
        public String accessToken() {
            return signedIn.accessToken(services.api(), Clock.systemUTC());
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedIn> signedIn = Optional.ofNullable(request.getSession(false)).flatMap(SignedIn::of);
        if (signedIn.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Sign in first");
            return;
        }
        if (!isSafe(request.getMethod()) && !isSameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only pages of this app may do this");
            return;
        }
        try {
            handle(request, response, new Caller(signedIn.get(), services()));
        } catch (ApiException e) {
            response.sendError(statusOf(e), e.code());
        }
    }

    /** Serves a request of a signed-in caller. */
    protected abstract void handle(HttpServletRequest request, HttpServletResponse response, Caller caller)
            throws IOException;

    private PwaServices services() {
        PwaServices services = new VaadinServletContext(getServletContext()).getAttribute(PwaServices.class);
        if (services == null) {
            throw new IllegalStateException("The web app was not started through VentanillaServlet");
        }
        return services;
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    private static boolean isSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return "same-origin".equals(request.getHeader("Sec-Fetch-Site"));
        }
        URI uri = URI.create(origin);
        return uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
                && effectivePort(uri) == request.getServerPort();
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }

    /** The HTTP status that tells a browser script what the API's refusal {@code e} means. */
    protected static int statusOf(ApiException e) {
        return switch (e.code()) {
            case "UNAUTHENTICATED" -> HttpServletResponse.SC_UNAUTHORIZED;
            case "FORBIDDEN" -> HttpServletResponse.SC_FORBIDDEN;
            case "NOT_FOUND" -> HttpServletResponse.SC_NOT_FOUND;
            case "BAD_USER_INPUT" -> HttpServletResponse.SC_BAD_REQUEST;
            case "CONFLICT" -> HttpServletResponse.SC_CONFLICT;
            case "PAYLOAD_TOO_LARGE" -> HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            default -> HttpServletResponse.SC_BAD_GATEWAY;
        };
    }
}
