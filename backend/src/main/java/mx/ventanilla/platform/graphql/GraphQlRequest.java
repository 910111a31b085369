package mx.ventanilla.platform.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one GraphQL request, however it arrived.
 *
 * @param document      the GraphQL document (the {@code query} parameter)
 * @param operationName which operation of the document to run; needed only when it holds several
 * @param variables     the variable values, as decoded from JSON (values may be JSON {@code null})
 */
public record GraphQlRequest(String document, Optional<String> operationName, Map<String, Object> variables) {

    public GraphQlRequest {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** A document without variables whose only operation runs. */
    public static GraphQlRequest of(String document) {
        return new GraphQlRequest(document, Optional.empty(), Map.of());
    }
}
