package mx.ventanilla.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The backend over HTTP, as API clients see it: GraphQL as JSON or multipart, and plain GETs. */
final class BenchClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    BenchClient(URI base) {
        this.base = base;
    }

    /** Runs a GraphQL operation and returns its {@code data}; any error or non-200 status is an exception. */
    JsonNode graphQl(String token, String document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))).build();
        return data(send(request));
    }

    /** Posts a multipart GraphQL request (the upload spec) and returns its {@code data}. */
    JsonNode multipart(String token, Multipart body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/graphql"))
                .header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofByteArrays(body.pieces()), body.length())).build();
        return data(send(request));
    }

    /** GETs a path and streams the body away, returning its length; a non-200 status is an exception. */
    long download(String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                            + new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
                return body.transferTo(OutputSink.INSTANCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode data(HttpResponse<String> response) {
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || body.path("errors").isArray()) {
            throw new IllegalStateException("GraphQL answered " + response.statusCode() + ": " + response.body());
        }
        return body.path("data");
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + text, e);
        }
    }

    static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Discards what it is given. */
    private static final class OutputSink extends java.io.OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    /**
     * A multipart/form-data body: the GraphQL operation, the map, then the files. The file contents are sent from the
     * caller's arrays as they are, without being copied into one body, as the raw MinIO puts send theirs.
     */
    static final class Multipart {
        static final String BOUNDARY = "ventanilla-bench-7d1f0c";
        private final List<byte[]> pieces = new ArrayList<>();

        Multipart field(String name, String value) {
            head("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
            pieces.add(value.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Multipart file(String name, String fileName, String type, byte[] content) {
            head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: " + type + "\r\n");
            pieces.add(content);
            return this;
        }

        /** The whole body's length, sent as Content-Length as browsers and the web app do, rather than chunked. */
        long length() {
            return pieces().stream().mapToLong(piece -> piece.length).sum();
        }

        List<byte[]> pieces() {
            List<byte[]> whole = new ArrayList<>(pieces);
            whole.add(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return whole;
        }

        private void head(String headers) {
            String delimiter = pieces.isEmpty() ? "--" + BOUNDARY + "\r\n" : "\r\n--" + BOUNDARY + "\r\n";
            pieces.add((delimiter + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
