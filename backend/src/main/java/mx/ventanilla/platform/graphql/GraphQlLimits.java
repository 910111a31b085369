package mx.ventanilla.platform.graphql;

import io.helidon.config.Config;

/**
 * Bounds that keep one request from monopolising the server.
 *
 * @param maxDepth          deepest field nesting a document may have
 * @param maxComplexity     highest estimated cost: one per field, the fields under a paged list once per item
 * @param maxDocumentTokens most parser tokens a document may have
 * @param maxBodyBytes      largest request body
 */
public record GraphQlLimits(int maxDepth, int maxComplexity, int maxDocumentTokens, long maxBodyBytes) {

    public GraphQlLimits {
        if (maxDepth < 1 || maxComplexity < 1 || maxDocumentTokens < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("GraphQL limits must be positive: " + maxDepth + ", "
                    + maxComplexity + ", " + maxDocumentTokens + ", " + maxBodyBytes);
        }
    }

    public static GraphQlLimits defaults() {
        return new GraphQlLimits(12, 1000, 15_000, 1024 * 1024);
    }

    /** Reads {@code max-depth}, {@code max-complexity}, {@code max-document-tokens} and {@code max-body-bytes}. */
    public static GraphQlLimits from(Config graphql) {
        GraphQlLimits defaults = defaults();
        return new GraphQlLimits(
                graphql.get("max-depth").asInt().orElse(defaults.maxDepth()),
                graphql.get("max-complexity").asInt().orElse(defaults.maxComplexity()),
                graphql.get("max-document-tokens").asInt().orElse(defaults.maxDocumentTokens()),
                graphql.get("max-body-bytes").asLong().orElse(defaults.maxBodyBytes()));
    }
}
