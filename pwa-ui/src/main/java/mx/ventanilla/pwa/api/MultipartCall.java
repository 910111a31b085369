package mx.ventanilla.pwa.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A GraphQL operation with files, sent as the GraphQL multipart request spec describes: an {@code operations} field
 * whose file variables are null, a {@code map} from part names to variable paths, then one part per file.
 */
final class MultipartCall {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VentanillaApi api;

    MultipartCall(VentanillaApi api) {
        this.api = api;
    }

    /** Runs {@code document} with {@code files} as the list variable {@code fileVariable}; returns its data. */
    JsonNode call(String document, Map<String, Object> variables, String fileVariable,
                  List<TurnsApi.Attachment> files, String accessToken) {
        String boundary = "----Ventanilla" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = body(boundary, document, variables, fileVariable, files);
        HttpRequest request = HttpRequest.newBuilder(api.endpoint())
                .timeout(TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/graphql-response+json, application/json")
                .header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return api.exchange(request);
    }

    static byte[] body(String boundary, String document, Map<String, Object> variables, String fileVariable,
                       List<TurnsApi.Attachment> files) {
        Map<String, Object> withNulls = new HashMap<>(variables);
        withNulls.put(fileVariable, Arrays.asList(new Object[files.size()]));
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            map.put(Integer.toString(i), List.of("variables." + fileVariable + "." + i));
        }
        Parts parts = new Parts(boundary);
        parts.field("operations", json(Map.of("query", document, "variables", withNulls)));
        parts.field("map", json(map));
        for (int i = 0; i < files.size(); i++) {
            parts.file(Integer.toString(i), files.get(i));
        }
        return parts.bytes();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Parts {

        private final String boundary;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<String> names = new ArrayList<>();

        Parts(String boundary) {
            this.boundary = boundary;
        }

        void field(String name, String value) {
            head("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            names.add(name);
        }

        void file(String name, TurnsApi.Attachment file) {
            head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + file.fileName().replace("\"", "'").replaceAll("[\r\n]", " ") + "\"\r\n"
                    + "Content-Type: " + file.contentType() + "\r\n");
            out.writeBytes(file.content());
            names.add(name);
        }

        byte[] bytes() {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            whole.writeBytes(out.toByteArray());
            whole.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return whole.toByteArray();
        }

        private void head(String headers) {
            String delimiter = names.isEmpty() ? "--" + boundary + "\r\n" : "\r\n--" + boundary + "\r\n";
            out.writeBytes((delimiter + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
