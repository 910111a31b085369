package mx.ventanilla.platform.web;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.http.HttpException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import mx.ventanilla.platform.logging.LogFields;

/**
 * Writes one line per request to the logger {@code mx.ventanilla.access}: method, path (without the query string,
 * which may carry personal data in GraphQL variables), status and duration, plus the request id from the logging
 * context. Register it after {@link RequestIds} so that the id is set.
 */
public final class AccessLog implements Filter {

    /** The logger access lines go to; give it its own level or handler in {@code logging.properties}. */
    public static final String LOGGER_NAME = "mx.ventanilla.access";

    private static final Logger LOG = Logger.getLogger(LOGGER_NAME);

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long started = System.nanoTime();
        String method = request.prologue().method().text();
        String path = request.prologue().uriPath().rawPath();
        int status = 500;
        try {
            chain.proceed();
            status = response.status().code();
        } catch (HttpException e) {
            status = e.status().code();
            throw e;
        } finally {
            log(method, path, status, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void log(String method, String path, int status, long millis) {
        if (!LOG.isLoggable(Level.INFO)) {
            return;
        }
        LogFields fields = new LogFields(Map.of("method", method, "path", path, "status", status,
                "durationMs", millis));
        LOG.log(Level.INFO, method + " " + path + " " + status + " " + millis + " ms", fields);
    }
}
