package mx.ventanilla.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.ventanilla.platform.logging.JsonFormatter;

/**
 * Collects what the root logger writes, formatted by {@link JsonFormatter} on the logging thread exactly as the
 * server's handler would, and parses every line back. Attach it after the server has started: Helidon re-reads the
 * logging configuration while starting, which removes handlers.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private CapturedLog() {
        setFormatter(new JsonFormatter());
        setLevel(Level.ALL);
    }

    public static CapturedLog ofRootLogger() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            lines.add(getFormatter().format(record));
        }
    }

    /** Every captured line, each parsed as JSON (a line that is not JSON fails the test). */
    public List<JsonNode> entries() {
        List<JsonNode> entries = new ArrayList<>();
        synchronized (lines) {
            for (String line : lines) {
                try {
                    entries.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException("Not one JSON object: " + line, e);
                }
            }
        }
        return entries;
    }

    /** The first entry that matches, waiting up to two seconds for it. */
    public JsonNode awaitEntry(Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> found = entries().stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        throw new AssertionError("No such log entry in " + entries());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
