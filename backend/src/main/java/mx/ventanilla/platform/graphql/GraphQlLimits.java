package mx.ventanilla.platform.graphql;

/**
 * Bounds that keep one request from monopolising the server.
 *
 * @param maxDepth          deepest field nesting a document may have
 * @param maxComplexity     highest total field count (lists weighted by their page size)
 * @param maxDocumentTokens most parser tokens a document may have
 * @param maxBodyBytes      largest JSON request body
 */
public record GraphQlLimits(int maxDepth, int maxComplexity, int maxDocumentTokens, long maxBodyBytes) {

    public static GraphQlLimits defaults() {
        return new GraphQlLimits(12, 1000, 15_000, 1024 * 1024);
    }
}
