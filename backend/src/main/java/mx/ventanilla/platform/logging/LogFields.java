package mx.ventanilla.platform.logging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Machine-readable fields for one log line, passed as a parameter of the log record. {@link JsonFormatter} writes them
 * as top-level JSON fields next to the message; other formatters ignore them, so the message should still say it all.
 *
 * @param fields names and values (strings, numbers or booleans); names must not clash with the standard fields
 */
public record LogFields(Map<String, Object> fields) {

    public LogFields {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
