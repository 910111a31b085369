package mx.ventanilla.platform.graphql;

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
        return new GraphQlLimits(12, 5000, 15_000, 1024 * 1024);
    }
}
