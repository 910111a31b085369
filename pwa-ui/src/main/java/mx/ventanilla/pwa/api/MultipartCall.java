package mx.ventanilla.pwa.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A GraphQL operation with files, sent as the GraphQL multipart request spec describes: an {@code operations} field
 * whose file variables are null, a {@code map} from part names to variable paths, then one part per file.
 *
 * <p>The body is a sequence of publishers with a known {@code Content-Length}: the fields and part headers are small
 * byte arrays, and each file is read only when the body reaches it, so no file is copied into the body. The boundary
 * is drawn at random for every request, so no content, chosen before it, can contain it. Answers and errors are read
 * by {@link VentanillaApi#exchange(HttpRequest)}, like those of every other call.
 */
final class MultipartCall {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VentanillaApi api;

    MultipartCall(VentanillaApi api) {
        this.api = api;
    }

    /**
     * A file to send.
     *
     * @param fileName    the name it had on the device
     * @param contentType the type it was said to have
     * @param content     its bytes, with their length known before they are read
     */
    record File(String fileName, String contentType, BodyPublisher content) {

        /** A file already in memory. */
        static File of(String fileName, String contentType, byte[] bytes) {
            return new File(fileName, contentType, BodyPublishers.ofByteArray(bytes));
        }

        /** A file of {@code size} bytes that {@code content} opens when the body reaches it, and not before. */
        static File streamed(String fileName, String contentType, long size, Content content) {
            return new File(fileName, contentType,
                    BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> open(content)), size));
        }
    }

    /** Opens a file's bytes. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    /** Runs {@code document} with {@code files} as the list variable {@code fileVariable}; returns its data. */
    JsonNode call(String document, Map<String, Object> variables, String fileVariable, List<File> files,
                  String accessToken) {
        String boundary = "----Ventanilla" + UUID.randomUUID().toString().replace("-", "");
        HttpRequest request = HttpRequest.newBuilder(api.endpoint())
                .timeout(TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/graphql-response+json, application/json")
                .header("Authorization", "Bearer " + accessToken)
                .POST(body(boundary, document, variables, fileVariable, files))
                .build();
        return api.exchange(request);
    }

    static BodyPublisher body(String boundary, String document, Map<String, Object> variables, String fileVariable,
                              List<File> files) {
        List<BodyPublisher> parts = new ArrayList<>();
        parts.add(text(head(boundary, "operations") + operations(document, variables, fileVariable, files.size())
                + "\r\n"));
        parts.add(text(head(boundary, "map") + map(fileVariable, files.size()) + "\r\n"));
        for (int index = 0; index < files.size(); index++) {
            File file = files.get(index);
            parts.add(text(head(boundary, Integer.toString(index), file)));
            parts.add(file.content());
            parts.add(text("\r\n"));
        }
        parts.add(text("--" + boundary + "--\r\n"));
        long length = parts.stream().mapToLong(BodyPublisher::contentLength).sum();
        return BodyPublishers.fromPublisher(BodyPublishers.concat(parts.toArray(BodyPublisher[]::new)), length);
    }

    private static String operations(String document, Map<String, Object> variables, String fileVariable,
                                     int fileCount) {
        Map<String, Object> withNulls = new LinkedHashMap<>(variables);
        withNulls.put(fileVariable, Collections.nCopies(fileCount, null));
        Map<String, Object> operations = new LinkedHashMap<>();
        operations.put("query", document);
        operations.put("variables", withNulls);
        return json(operations);
    }

    private static String map(String fileVariable, int fileCount) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int index = 0; index < fileCount; index++) {
            map.put(Integer.toString(index), List.of("variables." + fileVariable + "." + index));
        }
        return json(map);
    }

    private static String head(String boundary, String name) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n";
    }

    /**
     * A file part's headers. The name is a quoted string with its quotes and backslashes escaped, which the API
     * resolves, so it arrives as the device named it; line breaks, which no header may hold, become spaces.
     */
    private static String head(String boundary, String name, File file) {
        String fileName = file.fileName().replaceAll("[\\r\\n]", " ").replaceAll("([\"\\\\])", "\\\\$1");
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + file.contentType().replaceAll("[\\r\\n]", "") + "\r\n\r\n";
    }

    private static BodyPublisher text(String text) {
        return BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream open(Content content) {
        try {
            return content.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
