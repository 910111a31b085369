package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.helidon.common.uri.UriQuery;

/**
 * Reads the GraphQL-over-HTTP request parameters from a JSON body or from URL parameters, refusing anything that is not
 * exactly the shape the specification describes: a string {@code query}, an optional string {@code operationName}, an
 * optional object {@code variables} and an optional object {@code extensions}. Duplicate keys and trailing content
 * are refused too, so that what the server runs never depends on parser leniency.
 */
final class RequestReader {

    /** Jackson names the source in nested locations ("[Source: REDACTED ...; line: 1, column: 1]"); keep the place. */
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\[Source: [^;]*; (line: \\d+, column: \\d+)]");
    private static final TypeReference<Map<String, Object>> MAP_TYPE = new TypeReference<>() { };
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private RequestReader() {
    }

    /** A request that is not a well-formed GraphQL-over-HTTP request; the message says what is wrong. */
    static final class MalformedRequestException extends RuntimeException {

        MalformedRequestException(String message) {
            super(message);
        }
    }

    static GraphQlRequest fromJsonBody(byte[] body) {
        JsonNode root = readJson(body, "The request body");
        if (!root.isObject()) {
            throw new MalformedRequestException(
                    "The request body must be a JSON object such as {\"query\": \"{ apiVersion }\"}.");
        }
        JsonNode query = root.path("query");
        if (!query.isTextual()) {
            throw new MalformedRequestException(
                    "The request body needs a 'query' string holding the GraphQL document.");
        }
        Optional<String> operationName = operationName(root.path("operationName"));
        Map<String, Object> variables = objectOrEmpty(root.path("variables"), "variables");
        objectOrEmpty(root.path("extensions"), "extensions");
        return new GraphQlRequest(query.asText(), operationName, variables);
    }

    static GraphQlRequest fromUrlParameters(UriQuery parameters) {
        Optional<String> query = parameters.first("query").asOptional();
        if (query.isEmpty()) {
            throw new MalformedRequestException(
                    "The 'query' URL parameter is missing; send the GraphQL document in it.");
        }
        Optional<String> operationName = parameters.first("operationName").asOptional()
                .filter(name -> !name.isEmpty());
        Map<String, Object> variables = jsonParameter(parameters, "variables");
        jsonParameter(parameters, "extensions");
        return new GraphQlRequest(query.get(), operationName, variables);
    }

    private static Map<String, Object> jsonParameter(UriQuery parameters, String name) {
        Optional<String> text = parameters.first(name).asOptional();
        if (text.isEmpty()) {
            return Map.of();
        }
        JsonNode node = readJson(text.get().getBytes(StandardCharsets.UTF_8), "The '" + name + "' parameter");
        return objectOrEmpty(node, name);
    }

    private static JsonNode readJson(byte[] json, String what) {
        try {
            JsonNode node = STRICT.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new MalformedRequestException(what + " is empty; it must be JSON.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException(what + " is not valid JSON" + where(e.getLocation()) + ": "
                    + SOURCE_REFERENCE.matcher(e.getOriginalMessage()).replaceAll("$1"));
        } catch (IOException e) {
            throw new MalformedRequestException(what + " could not be read as JSON.");
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static Optional<String> operationName(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new MalformedRequestException("'operationName' must be a string or null.");
        }
        return Optional.of(node.asText()).filter(name -> !name.isEmpty());
    }

    private static Map<String, Object> objectOrEmpty(JsonNode node, String name) {
        if (node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new MalformedRequestException(
                    "'" + name + "' must be a JSON object (or null), e.g. {\"first\": 10}.");
        }
        return STRICT.convertValue(node, MAP_TYPE);
    }
}
