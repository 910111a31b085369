package mx.ventanilla.audit.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A JSON object written field by field in the order given, with one escaping rule: the input to the audit hash. */
final class CanonicalJson {

    private final StringBuilder out = new StringBuilder("{");
    private boolean empty = true;

    CanonicalJson number(String key, long value) {
        return key(key).append(Long.toString(value));
    }

    CanonicalJson string(String key, String value) {
        key(key);
        quote(value);
        return this;
    }

    CanonicalJson optionalString(String key, Optional<String> value) {
        if (value.isEmpty()) {
            return key(key).append("null");
        }
        return string(key, value.get());
    }

    CanonicalJson strings(String key, List<String> values) {
        key(key).out.append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",");
            quote(values.get(i));
        }
        out.append(']');
        return this;
    }

    CanonicalJson object(String key, UnaryOperator<CanonicalJson> fields) {
        return key(key).append(fields.apply(new CanonicalJson()).toString());
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private CanonicalJson key(String key) {
        out.append(empty ? "" : ",");
        empty = false;
        quote(key);
        out.append(':');
        return this;
    }

    private CanonicalJson append(String raw) {
        out.append(raw);
        return this;
    }

    private void quote(String value) {
        out.append('"');
        value.chars().forEach(this::escaped);
        out.append('"');
    }

    private void escaped(int c) {
        if (c == '"' || c == '\\') {
            out.append('\\').append((char) c);
        } else if (c < 0x20) {
            out.append(String.format("\\u%04x", c));
        } else {
            out.append((char) c);
        }
    }
}
