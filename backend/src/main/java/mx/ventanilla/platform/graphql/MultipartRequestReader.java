package mx.ventanilla.platform.graphql;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import mx.ventanilla.platform.graphql.MultipartStream.TooLargeException;
import mx.ventanilla.platform.graphql.RequestReader.MalformedRequestException;

/**
 * Reads a GraphQL multipart request (github.com/jaydenseric/graphql-multipart-request-spec): an {@code operations}
 * field with one operation, a {@code map} field naming for each file part the variable paths it fills, then the files,
 * each streamed to a temporary file. Batches are refused. A path must exist in the variables and hold {@code null}
 * there; every mapped file must arrive, every file must be mapped, and no file part may come twice. One file may fill
 * several paths. On any refusal the files received so far are deleted before the exception leaves.
 */
final class MultipartRequestReader {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final UploadLimits limits;
    private final long maxFieldBytes;

    MultipartRequestReader(UploadLimits limits, long maxFieldBytes) {
        this.limits = limits;
        this.maxFieldBytes = maxFieldBytes;
    }

    /**
     * @throws MalformedRequestException when the request does not follow the specification (answer 400)
     * @throws TooLargeException when it has too many files or too many bytes (answer 413)
     */
    MultipartRequest read(InputStream body, String boundary) {
        List<Path> files = new ArrayList<>();
        try {
            return readParts(new MultipartStream(body, boundary, limits.maxRequestBytes()), files);
        } catch (IOException e) {
            MultipartRequest.deleteAll(files);
            throw new UncheckedIOException("Could not receive the multipart request", e);
        } catch (RuntimeException e) {
            MultipartRequest.deleteAll(files);
            throw e;
        }
    }

    private MultipartRequest readParts(MultipartStream stream, List<Path> files) throws IOException {
        stream.start();
        GraphQlRequest operation = readOperations(stream);
        Map<String, Object> variables = mutableCopy(operation.variables());
        Map<String, List<String>> map = readMap(stream, variables);
        Set<String> received = new HashSet<>();
        while (stream.hasNextPart()) {
            Disposition part = Disposition.of(stream.readHeaders());
            requireExpectedFile(map, received, part.name());
            Upload upload = receive(stream, part, files);
            map.get(part.name()).forEach(path -> VariablePaths.place(variables, path, upload));
        }
        Set<String> missing = new HashSet<>(map.keySet());
        missing.removeAll(received);
        if (!missing.isEmpty()) {
            throw new MalformedRequestException("'map' names file parts that were not sent: "
                    + String.join(", ", missing.stream().sorted().toList()) + ".");
        }
        return new MultipartRequest(new GraphQlRequest(operation.document(), operation.operationName(), variables),
                files);
    }

    private GraphQlRequest readOperations(MultipartStream stream) throws IOException {
        byte[] json = readField(stream, "operations");
        String text = new String(json, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("[")) {
            throw new MalformedRequestException("Batched operations are not supported; send one operation per "
                    + "request.");
        }
        try {
            return RequestReader.fromJsonBody(json);
        } catch (MalformedRequestException e) {
            throw new MalformedRequestException("The 'operations' field is not a GraphQL request: "
                    + e.getMessage());
        }
    }

    private Map<String, List<String>> readMap(MultipartStream stream, Map<String, Object> variables)
            throws IOException {
        JsonNode root;
        try {
            root = STRICT.readTree(readField(stream, "map"));
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException("The 'map' field is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MalformedRequestException("The 'map' field must be a JSON object such as "
                    + "{\"0\": [\"variables.file\"]}.");
        }
        if (root.size() > limits.maxFiles()) {
            throw new TooLargeException("The request maps " + root.size() + " files; at most " + limits.maxFiles()
                    + " may be sent at once.");
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        Set<String> paths = new HashSet<>();
        root.properties().forEach(entry -> map.put(entry.getKey(), paths(entry.getKey(), entry.getValue(),
                variables, paths)));
        return map;
    }

    private static List<String> paths(String file, JsonNode value, Map<String, Object> variables, Set<String> seen) {
        if (!value.isArray() || value.isEmpty()) {
            throw new MalformedRequestException("'map' entry '" + file + "' must be a non-empty array of paths "
                    + "such as [\"variables.file\"].");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode path : value) {
            if (!path.isTextual()) {
                throw new MalformedRequestException("'map' entry '" + file + "' holds a path that is not a string.");
            }
            if (!seen.add(path.asText())) {
                throw new MalformedRequestException("The path '" + path.asText() + "' is mapped to more than one "
                        + "file.");
            }
            VariablePaths.requireEmptySlot(variables, path.asText());
            result.add(path.asText());
        }
        return result;
    }

    private void requireExpectedFile(Map<String, List<String>> map, Set<String> received, String name) {
        if (!map.containsKey(name)) {
            throw new MalformedRequestException("The file part '" + name + "' is not named in 'map'; map every "
                    + "file to the variable it fills.");
        }
        if (!received.add(name)) {
            throw new MalformedRequestException("The file part '" + name + "' was sent more than once.");
        }
    }

    private byte[] readField(MultipartStream stream, String name) throws IOException {
        if (!stream.hasNextPart()) {
            throw new MalformedRequestException("The multipart request has no '" + name + "' field; send "
                    + "'operations', then 'map', then the files.");
        }
        Disposition part = Disposition.of(stream.readHeaders());
        if (!part.name().equals(name) || part.fileName().isPresent()) {
            throw new MalformedRequestException("Expected the '" + name + "' field but found '" + part.name()
                    + "'; send 'operations', then 'map', then the files.");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stream.copyPart(new Bounded(bytes, maxFieldBytes, "The '" + name + "' field is larger than "
                + maxFieldBytes + " bytes."));
        return bytes.toByteArray();
    }

    private Upload receive(MultipartStream stream, Disposition part, List<Path> files) throws IOException {
        Files.createDirectories(limits.directory());
        Path file = Files.createTempFile(limits.directory(), "upload-", ".part");
        files.add(file);
        String fileName = part.fileName().orElse(part.name());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            stream.copyPart(new Bounded(out, limits.maxFileBytes(), "The file '" + fileName + "' is larger than "
                    + limits.maxFileBytes() + " bytes, the limit per file."));
        }
        return new Upload(fileName, part.contentType(), file, Files.size(file));
    }

    /** Passes bytes on until there are more than allowed, then refuses. */
    private static final class Bounded extends FilterOutputStream {

        private final long max;
        private final String message;
        private long count;

        Bounded(OutputStream out, long max, String message) {
            super(out);
            this.max = max;
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            if (++count > max) {
                throw new TooLargeException(message);
            }
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
            if (count > max) {
                throw new TooLargeException(message);
            }
            out.write(bytes, offset, length);
        }
    }

    /** What a part's {@code Content-Disposition} and {@code Content-Type} say. */
    private record Disposition(String name, Optional<String> fileName, String contentType) {

        static Disposition of(Map<String, String> headers) {
            String disposition = headers.get("content-disposition");
            if (disposition == null) {
                throw new MalformedRequestException("A multipart part has no Content-Disposition header.");
            }
            Map<String, String> parameters = HeaderParameters.parse(disposition);
            String name = parameters.get("name");
            if (name == null || name.isEmpty()) {
                throw new MalformedRequestException("A multipart part has no name in its Content-Disposition.");
            }
            return new Disposition(name, Optional.ofNullable(parameters.get("filename")),
                    headers.getOrDefault("content-type", "application/octet-stream"));
        }
    }

    private static Map<String, Object> mutableCopy(Map<String, Object> variables) {
        return STRICT.convertValue(variables, new com.fasterxml.jackson.core.type.TypeReference<>() { });
    }
}
