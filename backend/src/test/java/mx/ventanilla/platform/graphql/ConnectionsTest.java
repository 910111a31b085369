package mx.ventanilla.platform.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.ExecutionResult;
import mx.ventanilla.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Relay connections: cursors round-trip, foreign cursors and page sizes out of bounds are refused. */
class ConnectionsTest {

    private final GraphQlEngine engine = new GraphQlEngine(List.of(new LibraryTestModule()), GraphQlLimits.defaults(),
            outcome -> { });

    private static final String PAGE = "query ($first: Int, $after: String) { books(first: $first, after: $after) {"
            + " edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

    @Test
    void pagingWithEndCursorWalksTheWholeListOnce() {
        List<String> seen = new ArrayList<>();
        Optional<String> after = Optional.empty();
        boolean more = true;
        while (more) {
            Map<String, Object> connection = page(50, after);
            List<Map<String, Object>> nodes = cast(connection.get("nodes"));
            nodes.forEach(node -> seen.add((String) node.get("id")));
            Map<String, Object> pageInfo = cast(connection.get("pageInfo"));
            more = (Boolean) pageInfo.get("hasNextPage");
            after = Optional.ofNullable((String) pageInfo.get("endCursor"));
        }

        assertThat(seen).hasSize(LibraryTestModule.BOOK_COUNT).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void edgesCarryTheCursorsThatPageInfoReports() {
        Map<String, Object> connection = page(3, Optional.empty());

        List<Map<String, Object>> edges = cast(connection.get("edges"));
        Map<String, Object> pageInfo = cast(connection.get("pageInfo"));
        assertThat(pageInfo.get("startCursor")).isEqualTo(edges.getFirst().get("cursor"));
        assertThat(pageInfo.get("endCursor")).isEqualTo(edges.getLast().get("cursor"));
        assertThat(pageInfo.get("hasNextPage")).isEqualTo(true);
        assertThat(pageInfo.get("hasPreviousPage")).isEqualTo(false);

        Map<String, Object> next = page(1, Optional.of((String) edges.get(1).get("cursor")));
        List<Map<String, Object>> nextNodes = cast(next.get("nodes"));
        assertThat(nextNodes).isEqualTo(List.of(Map.of("id", "b002")));
    }

    @Test
    void emptyPageHasNoCursors() {
        Map<String, Object> connection = page(0, Optional.empty());

        Map<String, Object> pageInfo = cast(connection.get("pageInfo"));
        List<Map<String, Object>> noEdges = cast(connection.get("edges"));
        assertThat(noEdges).isEmpty();
        assertThat(pageInfo.get("startCursor")).isNull();
        assertThat(pageInfo.get("hasNextPage")).isEqualTo(true);
    }

    @Test
    void cursorThisApiDidNotIssueIsBadUserInputNamingAfter() {
        for (String foreign : List.of("not base64 at all!", "YWJj", "b042", "x".repeat(600),
                Connections.encodeCursor("b010").substring(1))) {
            ExecutionResult result = execute(1, Optional.of(foreign));

            assertThat(result.getErrors()).as(foreign).singleElement().satisfies(error -> {
                assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "after");
                assertThat(error.getMessage()).contains("cursor");
            });
        }
    }

    @Test
    void pageSizeOutOfBoundsIsBadUserInputNamingFirst() {
        for (int first : new int[] {-1, Connections.MAX_PAGE_SIZE + 1}) {
            ExecutionResult result = execute(first, Optional.empty());

            assertThat(result.getErrors()).singleElement().satisfies(error -> {
                assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "first");
                assertThat(error.getMessage()).contains(String.valueOf(first));
            });
        }
    }

    @Test
    void pageSizeDefaultsWhenFirstIsAbsent() {
        assertThat(Connections.pageRequest(Optional.empty(), Optional.empty()).first())
                .isEqualTo(Connections.DEFAULT_PAGE_SIZE);
    }

    @Test
    void pageCutsTheExtraItemAndRemembersIt() {
        assertThat(Connections.Page.of(List.of(1, 2, 3), 2)).isEqualTo(new Connections.Page<>(List.of(1, 2), true));
        assertThat(Connections.Page.of(List.of(1, 2), 2)).isEqualTo(new Connections.Page<>(List.of(1, 2), false));
    }

    @Test
    void decodingReturnsTheEncodedPosition() {
        String position = "2026-03-01T17:30:00Z|DG-2026-000123|ñ";

        assertThat(Connections.decodeCursor(Connections.encodeCursor(position))).isEqualTo(position);
        assertThatThrownBy(() -> Connections.decodeCursor("%%%")).isInstanceOf(InvalidInputException.class);
    }

    private Map<String, Object> page(int first, Optional<String> after) {
        ExecutionResult result = execute(first, after);
        assertThat(result.getErrors()).isEmpty();
        return GraphQlEngineTest.path(result, "books");
    }

    private ExecutionResult execute(int first, Optional<String> after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        after.ifPresent(cursor -> variables.put("after", cursor));
        return engine.execute(GraphQlEngineTest.request(PAGE, variables), GraphQlEngineTest.anonymous("req-page"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
