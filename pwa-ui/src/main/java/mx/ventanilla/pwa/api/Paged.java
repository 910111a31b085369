package mx.ventanilla.pwa.api;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One page of a Relay connection of the API.
 *
 * @param items     the page's items, in the API's order
 * @param nextAfter the cursor to pass as {@code after} for the next page, when there is one
 * @param <T>       the items' type
 */
public record Paged<T>(List<T> items, Optional<String> nextAfter) {

    public Paged {
        items = List.copyOf(items);
    }

    /** The next page's cursor of a connection's {@code pageInfo { hasNextPage endCursor }}. */
    static Optional<String> nextAfter(JsonNode connection) {
        JsonNode pageInfo = connection.path("pageInfo");
        return pageInfo.path("hasNextPage").asBoolean() && pageInfo.path("endCursor").isTextual()
                ? Optional.of(pageInfo.path("endCursor").asText()) : Optional.empty();
    }
}
