package mx.ventanilla.platform.logging;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.helidon.logging.common.HelidonMdc;

/**
 * Formats a log record as one line of JSON: {@code time} (ISO-8601, UTC), {@code level}, {@code logger},
 * {@code message}, {@code requestId} (when the line was written while serving a request), {@code thread}, the fields
 * of any {@link LogFields} parameter, and {@code exception} (the stack trace, as one string) when there is one.
 * Levels use the common names: SEVERE is {@code ERROR}, WARNING {@code WARN}, FINE {@code DEBUG}, FINER and FINEST
 * {@code TRACE}.
 *
 * <p>The request id and thread are read when the record is formatted, so use it with a handler that formats on the
 * logging thread, such as {@link StdoutHandler}.
 */
public final class JsonFormatter extends Formatter {

    /** The logging-context key under which the request id is kept while a request is served. */
    public static final String REQUEST_ID = "requestId";

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> STANDARD_FIELDS =
            Set.of("time", "level", "logger", "message", REQUEST_ID, "thread", "exception");

    @Override
    public String format(LogRecord record) {
        StringWriter line = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("time", record.getInstant().toString());
            json.writeStringField("level", levelName(record.getLevel()));
            json.writeStringField("logger", Optional.ofNullable(record.getLoggerName()).orElse(""));
            json.writeStringField("message", Optional.ofNullable(formatMessage(record)).orElse(""));
            Optional<String> requestId = HelidonMdc.get(REQUEST_ID);
            if (requestId.isPresent()) {
                json.writeStringField(REQUEST_ID, requestId.get());
            }
            json.writeStringField("thread", threadName(Thread.currentThread()));
            writeFields(json, record.getParameters());
            if (record.getThrown() != null) {
                json.writeStringField("exception", stackTrace(record.getThrown()));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.append('\n').toString();
    }

    static String levelName(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO";
        }
        if (value >= Level.CONFIG.intValue()) {
            return "CONFIG";
        }
        return value >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    private static String threadName(Thread thread) {
        return thread.getName().isEmpty() ? "virtual-" + thread.threadId() : thread.getName();
    }

    private static void writeFields(JsonGenerator json, Object[] parameters) throws IOException {
        if (parameters == null) {
            return;
        }
        for (Object parameter : parameters) {
            if (parameter instanceof LogFields fields) {
                writeFields(json, fields.fields());
            }
        }
    }

    private static void writeFields(JsonGenerator json, Map<String, Object> fields) throws IOException {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (STANDARD_FIELDS.contains(field.getKey())) {
                continue;
            }
            json.writeFieldName(field.getKey());
            writeValue(json, field.getValue());
        }
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case Integer number -> json.writeNumber(number);
            case Long number -> json.writeNumber(number);
            case Double number -> json.writeNumber(number);
            case Boolean flag -> json.writeBoolean(flag);
            default -> json.writeString(String.valueOf(value));
        }
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        try (PrintWriter out = new PrintWriter(trace)) {
            thrown.printStackTrace(out);
        }
        return trace.toString().stripTrailing();
    }
}
