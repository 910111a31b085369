package mx.ventanilla.platform.web;

import java.time.Duration;

import io.helidon.http.HttpException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * A filter told how each request ended: its status (500 when a handler failed without one, the exception's status
 * for HTTP exceptions) and how long it took. The access log and the request metrics are two.
 */
public abstract class TimedFilter implements Filter {

    @Override
    public final void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long started = System.nanoTime();
        int status = 500;
        try {
            chain.proceed();
            status = response.status().code();
        } catch (HttpException e) {
            status = e.status().code();
            throw e;
        } finally {
            completed(request, status, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    protected abstract void completed(RoutingRequest request, int status, Duration elapsed);
}
