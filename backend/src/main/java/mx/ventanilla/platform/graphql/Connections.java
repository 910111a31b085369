package mx.ventanilla.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import mx.ventanilla.platform.error.InvalidInputException;

/**
 * Relay cursor connections. Cursors are opaque to clients (base64url of a keyset position) and every list is paged
 * forward with {@code first} and {@code after}, so a deep page costs the same as the first one.
 */
public final class Connections {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private Connections() {
    }

    /** Where a page starts and how long it is, read from {@code first} and {@code after}. */
    public record PageRequest(int first, Optional<String> after) {
    }

    /** One page as fetched from storage: up to {@code first + 1} items tell whether another page follows. */
    public record Page<T>(List<T> items, boolean hasNextPage) {

        /** Cuts a fetch of {@code first + 1} items down to the page and remembers whether there was more. */
        public static <T> Page<T> of(List<T> fetched, int first) {
            boolean more = fetched.size() > first;
            return new Page<>(more ? List.copyOf(fetched.subList(0, first)) : List.copyOf(fetched), more);
        }
    }

    public static PageRequest pageRequest(DataFetchingEnvironment environment) {
        Integer first = environment.getArgument("first");
        String after = environment.getArgument("after");
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("first", "first must be between 0 and " + MAX_PAGE_SIZE + ".");
        }
        return new PageRequest(size, Optional.ofNullable(after).map(Connections::decodeCursor));
    }

    /** The GraphQL shape of a connection: edges with cursors, and page info. */
    public static <T> Map<String, Object> toConnection(Page<T> page, Function<T, String> keysetPosition) {
        List<Map<String, Object>> edges = page.items().stream()
                .map(item -> Map.<String, Object>of("node", item, "cursor", encodeCursor(keysetPosition.apply(item))))
                .toList();
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", page.hasNextPage());
        pageInfo.put("hasPreviousPage", false);
        pageInfo.put("startCursor", edges.isEmpty() ? null : edges.getFirst().get("cursor"));
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.getLast().get("cursor"));
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", edges);
        connection.put("nodes", page.items());
        connection.put("pageInfo", pageInfo);
        return connection;
    }

    public static String encodeCursor(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static String decodeCursor(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("after", "The cursor is not one this API issued; page again from the start.");
        }
    }
}
