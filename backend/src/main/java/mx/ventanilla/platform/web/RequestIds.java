package mx.ventanilla.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.logging.common.HelidonMdc;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import mx.ventanilla.platform.logging.JsonFormatter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, a new UUID otherwise. The id
 * is echoed in the response, put in the logging context (so every log line of the request carries it) and recorded in
 * audit events.
 */
public final class RequestIds implements Filter {

    public static final HeaderName HEADER = HeaderNames.create("X-Request-Id");
    public static final String MDC_KEY = JsonFormatter.REQUEST_ID;
    private static final String CONTEXT_KEY = RequestIds.class.getName();
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String id = request.headers().first(HEADER)
                .filter(candidate -> ACCEPTABLE.matcher(candidate).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        request.context().register(CONTEXT_KEY, id);
        response.header(HEADER, id);
        HelidonMdc.set(MDC_KEY, id);
        try {
            chain.proceed();
        } finally {
            HelidonMdc.remove(MDC_KEY);
        }
    }

    /** The id the filter gave this request. */
    public static String of(ServerRequest request) {
        return request.context().get(CONTEXT_KEY, String.class).orElse("none");
    }
}
