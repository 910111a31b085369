package mx.ventanilla.platform.web;

import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.webserver.http.RoutingRequest;
import mx.ventanilla.platform.logging.LogFields;

/**
 * Writes one line per request to the logger {@code mx.ventanilla.access}: method, path (without the query string,
 * which may carry personal data in GraphQL variables), status and duration, plus the request id from the logging
 * context. Register it after {@link RequestIds} so that the id is set.
 */
public final class AccessLog extends TimedFilter {

    /** The logger access lines go to; give it its own level or handler in {@code logging.properties}. */
    public static final String LOGGER_NAME = "mx.ventanilla.access";

    private static final Logger LOG = Logger.getLogger(LOGGER_NAME);

    @Override
    protected void completed(RoutingRequest request, int status, Duration elapsed) {
        log(request.prologue().method().text(), request.prologue().uriPath().rawPath(), status, elapsed.toMillis());
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
