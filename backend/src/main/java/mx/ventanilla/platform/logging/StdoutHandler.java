package mx.ventanilla.platform.logging;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * A {@code java.util.logging} handler that writes to standard output (containers collect it from there) in UTF-8 and
 * flushes every record. Configure it in {@code logging.properties} like any handler:
 * {@code mx.ventanilla.platform.logging.StdoutHandler.formatter} picks the formatter (normally {@link JsonFormatter})
 * and {@code .level} the threshold.
 */
public final class StdoutHandler extends StreamHandler {

    public StdoutHandler() {
        try {
            if (getEncoding() == null) {
                setEncoding(StandardCharsets.UTF_8.name());
            }
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        setOutputStream(System.out);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
    }

    /** Flushes but leaves standard output open for everyone else. */
    @Override
    public synchronized void close() {
        flush();
    }
}
