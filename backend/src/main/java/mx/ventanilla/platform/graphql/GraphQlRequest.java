package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The parameters of one GraphQL-over-HTTP request. */
record GraphQlRequest(String query, String operationName, Map<String, Object> variables) {

    static final TypeReference<Map<String, Object>> MAP_TYPE = new TypeReference<>() { };

    /** Reads a JSON body; empty when it is not JSON or its parameters have the wrong types. */
    static Optional<GraphQlRequest> parse(byte[] body, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !root.path("query").isTextual()) {
            return Optional.empty();
        }
        JsonNode operationName = root.path("operationName");
        JsonNode variables = root.path("variables");
        boolean nameOk = operationName.isMissingNode() || operationName.isNull() || operationName.isTextual();
        boolean variablesOk = variables.isMissingNode() || variables.isNull() || variables.isObject();
        if (!nameOk || !variablesOk) {
            return Optional.empty();
        }
        Map<String, Object> variableMap = variables.isObject() ? mapper.convertValue(variables, MAP_TYPE) : Map.of();
        return Optional.of(new GraphQlRequest(root.get("query").asText(),
                operationName.isTextual() ? operationName.asText() : "", variableMap));
    }
}
