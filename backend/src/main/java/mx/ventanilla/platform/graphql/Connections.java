package mx.ventanilla.platform.graphql;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
 * Relay cursor connections. Every list is paged forward with {@code first} and {@code after}; a cursor is opaque to
 * clients (base64url of a tagged keyset position), so a deep page costs the same as the first one and no list is ever
 * paged with a skip. Fetch {@code first + 1} items after the position, cut them with {@link Page#of}, and shape them
 * with {@link #toConnection}.
 */
public final class Connections {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private static final String CURSOR_TAG = "cursor:v1:";
    private static final int MAX_CURSOR_LENGTH = 512;

    private Connections() {
    }

    /**
     * Where a page starts and how long it is.
     *
     * @param first how many items the page holds at most
     * @param after the keyset position the page starts after; empty for the first page
     */
    public record PageRequest(int first, Optional<String> after) {

        /** How many items to fetch: one more than the page, to learn whether another page follows. */
        public int fetchSize() {
            return first + 1;
        }
    }

    /** One page as fetched from storage: up to {@code first + 1} items tell whether another page follows. */
    public record Page<T>(List<T> items, boolean hasNextPage) {

        public Page {
            items = List.copyOf(items);
        }

        /** Cuts a fetch of {@code first + 1} items down to the page and remembers whether there was more. */
        public static <T> Page<T> of(List<T> fetched, int first) {
            boolean more = fetched.size() > first;
            return new Page<>(more ? fetched.subList(0, first) : fetched, more);
        }
    }

    /** Reads {@code first} and {@code after}; refuses a page size out of bounds and cursors this API did not issue. */
    public static PageRequest pageRequest(DataFetchingEnvironment environment) {
        Integer first = environment.getArgument("first");
        String after = environment.getArgument("after");
        return pageRequest(Optional.ofNullable(first), Optional.ofNullable(after));
    }

    static PageRequest pageRequest(Optional<Integer> first, Optional<String> after) {
        int size = first.orElse(DEFAULT_PAGE_SIZE);
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("first",
                    "'first' must be between 0 and " + MAX_PAGE_SIZE + "; got " + size + ".");
        }
        return new PageRequest(size, after.map(Connections::decodeCursor));
    }

    /** The GraphQL shape of a connection: {@code edges { cursor node }}, {@code nodes} and {@code pageInfo}. */
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
        byte[] tagged = (CURSOR_TAG + position).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tagged);
    }

    static String decodeCursor(String cursor) {
        if (cursor.length() > MAX_CURSOR_LENGTH) {
            throw notOurs();
        }
        String decoded;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw notOurs();
        }
        if (!decoded.startsWith(CURSOR_TAG)) {
            throw notOurs();
        }
        return decoded.substring(CURSOR_TAG.length());
    }

    private static InvalidInputException notOurs() {
        return new InvalidInputException("after",
                "The 'after' cursor is not one this API issued; use a cursor from pageInfo.endCursor, "
                        + "or page again from the start.");
    }
}
