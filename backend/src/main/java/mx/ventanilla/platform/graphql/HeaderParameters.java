package mx.ventanilla.platform.graphql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Parses the {@code ; key=value} parameters of a header such as {@code form-data; name="a"; filename="b.jpg"}. */
final class HeaderParameters {

    private HeaderParameters() {
    }

    /** Parameter names lower-cased; quoted values unquoted, with backslash escapes resolved. */
    static Map<String, String> parse(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int equals = header.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String key = header.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            i = readValue(header, equals + 1, value);
            parameters.putIfAbsent(key, value.toString());
            i = header.indexOf(';', i);
        }
        return parameters;
    }

    private static int readValue(String header, int start, StringBuilder value) {
        int i = start;
        while (i < header.length() && header.charAt(i) == ' ') {
            i++;
        }
        if (i >= header.length() || header.charAt(i) != '"') {
            int end = header.indexOf(';', i);
            value.append(header, i, end < 0 ? header.length() : end);
            value.setLength(value.toString().strip().length());
            return end < 0 ? header.length() : end;
        }
        for (i = i + 1; i < header.length() && header.charAt(i) != '"'; i++) {
            boolean escaped = header.charAt(i) == '\\' && i + 1 < header.length();
            value.append(escaped ? header.charAt(++i) : header.charAt(i));
        }
        return i + 1;
    }
}
