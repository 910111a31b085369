package mx.ventanilla.platform.graphql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The engine with a test-only feature: error codes and masking, limits, data loaders and observers. */
class GraphQlEngineTest {

    private final LibraryTestModule library = new LibraryTestModule();
    private final List<MutationObserver.MutationOutcome> mutations = Collections.synchronizedList(new ArrayList<>());
    private final List<OperationObserver.OperationOutcome> operations =
            Collections.synchronizedList(new ArrayList<>());
    private final GraphQlEngine engine = new GraphQlEngine(List.of(library), new GraphQlLimits(12, 1000, 15_000, 1024 * 1024),
            mutations::add, operations::add);

    @Test
    void unexpectedExceptionReachesTheClientAsInternalWithOnlyTheRequestId() {
        ExecutionResult result = engine.execute(GraphQlRequest.of("{ broken }"), anonymous("req-internal-1"));

        GraphQLError error = result.getErrors().getFirst();
        assertThat(code(error)).isEqualTo("INTERNAL");
        assertThat(error.getMessage()).contains("req-internal-1")
                .doesNotContain("IllegalStateException")
                .doesNotContain(LibraryTestModule.SECRET_DETAIL)
                .doesNotContain("Lost connection");
        assertThat(error.getPath()).containsExactly("broken");
        assertThat(result.<Map<String, Object>>getData()).containsEntry("broken", null);
    }

    @Test
    void valueTheSchemaCannotSerialiseIsMaskedAsInternal() {
        ExecutionResult result = engine.execute(GraphQlRequest.of("{ badlyTyped }"), anonymous("req-serialise"));

        GraphQLError error = result.getErrors().getFirst();
        assertThat(code(error)).isEqualTo("INTERNAL");
        assertThat(error.getMessage()).contains("req-serialise").doesNotContain("not an instant");
    }

    @Test
    void expectedFailuresKeepTheirMessageAndCode() {
        ExecutionResult result = engine.execute(GraphQlRequest.of("{ missing }"), anonymous("req-missing"));

        assertThat(code(result.getErrors().getFirst())).isEqualTo("NOT_FOUND");
        assertThat(result.getErrors().getFirst().getMessage()).isEqualTo("There is no such book.");
    }

    @Test
    void anonymousCallerOfAProtectedFieldGetsUnauthenticatedAndNoData() {
        ExecutionResult result = engine.execute(GraphQlRequest.of("{ secret }"), anonymous("req-anon"));

        assertThat(ErrorCodes.hasData(result)).isFalse();
        assertThat(result.getErrors()).extracting(GraphQlEngineTest::code).containsExactly("UNAUTHENTICATED");
    }

    @Test
    void signedInCallerGetsTheProtectedField() {
        ExecutionResult result = engine.execute(GraphQlRequest.of("{ secret }"), signedIn("req-officer"));

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsEntry("secret", "officer1");
    }

    @Test
    void eachRequestGetsItsOwnDataLoaderRegistry() {
        engine.execute(GraphQlRequest.of("{ apiVersion }"), anonymous("req-a"));
        engine.execute(GraphQlRequest.of("{ apiVersion }"), anonymous("req-b"));

        assertThat(library.registries).hasSize(2);
        assertThat(library.registries.get(0)).isNotSameAs(library.registries.get(1));
    }

    @Test
    void authorsOfAPageOfBooksAreLoadedInOneBatch() {
        ExecutionResult result = engine.execute(
                GraphQlRequest.of("{ books(first: 30) { nodes { title author { name } } } }"), anonymous("req-batch"));

        assertThat(result.getErrors()).isEmpty();
        assertThat(library.authorBatches).hasSize(1);
        assertThat(library.authorBatches.getFirst()).containsExactlyInAnyOrder("a0", "a1", "a2");
        List<Map<String, Object>> nodes = path(result, "books", "nodes");
        assertThat(nodes).hasSize(30);
        assertThat(nodes.get(4)).containsEntry("author", Map.of("name", "Author a1"));
    }

    @Test
    void dataLoaderCachesDoNotLeakFromOneRequestToTheNext() {
        engine.execute(GraphQlRequest.of("{ books(first: 3) { nodes { author { name } } } }"), anonymous("req-1"));
        engine.execute(GraphQlRequest.of("{ books(first: 3) { nodes { author { name } } } }"), anonymous("req-2"));

        assertThat(library.authorBatches).hasSize(2);
    }

    @Test
    void costCountsTheSelectionOncePerRequestedItem() {
        String document = "query ($first: Int) { books(first: $first) { edges { cursor node { id title author { id name } } }"
                + " nodes { id title author { id name } } } }";

        ExecutionResult small = engine.execute(request(document, Map.of("first", 5)), anonymous("req-small"));
        ExecutionResult large = engine.execute(request(document, Map.of("first", 100)), anonymous("req-large"));

        assertThat(small.getErrors()).isEmpty();
        assertThat(large.isDataPresent()).isFalse();
        assertThat(large.getErrors()).extracting(GraphQlEngineTest::code).containsExactly("BAD_USER_INPUT");
        assertThat(large.getErrors().getFirst().getMessage()).contains("above the limit of 1000");
    }

    @Test
    void documentDeeperThanTheLimitIsRefusedBeforeAnythingRuns() {
        String document = "{ shelf" + " { inner".repeat(11) + " { label }" + " }".repeat(11) + " }";

        ExecutionResult result = engine.execute(GraphQlRequest.of(document), anonymous("req-deep"));

        assertThat(result.isDataPresent()).isFalse();
        assertThat(result.getErrors()).extracting(GraphQlEngineTest::code).containsExactly("BAD_USER_INPUT");
        assertThat(result.getErrors().getFirst().getMessage()).containsIgnoringCase("depth");
    }

    @Test
    void documentAtTheDepthLimitRuns() {
        String document = "{ shelf" + " { inner".repeat(10) + " { label }" + " }".repeat(10) + " }";

        assertThat(engine.execute(GraphQlRequest.of(document), anonymous("req-ok")).getErrors()).isEmpty();
    }

    @Test
    void mutationsAreObservedWithTheirOutcome() {
        engine.execute(GraphQlRequest.of("mutation { addBook(title: \"Pedro Páramo\") { id } }"), signedIn("req-m"));

        assertThat(mutations).singleElement().satisfies(outcome -> {
            assertThat(outcome.mutation()).isEqualTo("addBook");
            assertThat(outcome.arguments()).containsEntry("title", "Pedro Páramo");
            assertThat(outcome.succeeded()).isTrue();
            assertThat(outcome.context().requestId()).isEqualTo("req-m");
        });
    }

    @Test
    void everyOperationIsReportedWithItsTypeAndOutcome() {
        engine.execute(GraphQlRequest.of("{ apiVersion }"), anonymous("1"));
        engine.execute(GraphQlRequest.of("{ apiVersion broken }"), anonymous("2"));
        engine.execute(GraphQlRequest.of("{ secret }"), anonymous("3"));
        engine.execute(GraphQlRequest.of("{ nonsense }"), anonymous("4"));
        engine.execute(GraphQlRequest.of("{ apiVersion"), anonymous("5"));
        engine.execute(GraphQlRequest.of("mutation { addBook(title: \"x\") { id } }"), anonymous("6"));

        assertThat(operations).extracting(OperationObserver.OperationOutcome::operationType,
                        OperationObserver.OperationOutcome::outcome)
                .containsExactly(
                        tuple("query", "success"),
                        tuple("query", "partial"),
                        tuple("query", "unauthenticated"),
                        tuple("query", "bad_user_input"),
                        tuple("unknown", "bad_user_input"),
                        tuple("mutation", "success"));
    }

    @Test
    void aDocumentSentAgainIsJudgedAgainWithItsNewVariables() {
        String document = "query ($first: Int) { books(first: $first) { edges { cursor node { id title author { id"
                + " name } } } nodes { id title author { id name } } } }";

        for (int round = 0; round < 2; round++) {
            ExecutionResult small = engine.execute(request(document, Map.of("first", 2)), anonymous("req-" + round));
            ExecutionResult tooLarge = engine.execute(request(document, Map.of("first", 100)),
                    anonymous("req-large-" + round));

            assertThat(small.getErrors()).isEmpty();
            assertThat(GraphQlEngineTest.<List<?>>path(small, "books", "nodes")).hasSize(2);
            assertThat(tooLarge.isDataPresent()).isFalse();
            assertThat(tooLarge.getErrors()).extracting(GraphQlEngineTest::code).containsExactly("BAD_USER_INPUT");
        }
    }

    @Test
    void aRefusedDocumentIsRefusedEveryTimeItIsSent() {
        String deep = "{ shelf" + " { inner".repeat(11) + " { label }" + " }".repeat(11) + " }";
        String broken = "{ books(first: 1) { nodes { id }";

        for (int round = 0; round < 3; round++) {
            assertThat(engine.execute(GraphQlRequest.of(deep), anonymous("deep-" + round)).getErrors())
                    .extracting(GraphQlEngineTest::code).containsExactly("BAD_USER_INPUT");
            assertThat(engine.execute(GraphQlRequest.of(broken), anonymous("broken-" + round)).getErrors())
                    .extracting(GraphQlEngineTest::code).containsExactly("BAD_USER_INPUT");
            assertThat(engine.operationOf(GraphQlRequest.of(broken))).isEmpty();
        }
    }

    @Test
    void theSameTextWithAnotherOperationNameRunsThatOperation() {
        String document = "query A { apiVersion } mutation B { addBook(title: \"cached\") { id } }";

        ExecutionResult query = engine.execute(new GraphQlRequest(document, Optional.of("A"), Map.of()),
                anonymous("req-a"));
        ExecutionResult mutation = engine.execute(new GraphQlRequest(document, Optional.of("B"), Map.of()),
                signedIn("req-b"));

        assertThat(GraphQlEngineTest.<String>path(query, "apiVersion")).isEqualTo("1");
        assertThat(mutation.getErrors()).isEmpty();
        assertThat(GraphQlEngineTest.<Object>path(mutation, "addBook", "id")).isNotNull();
    }

    @Test
    void operationOfTellsMutationsFromQueries() {
        assertThat(engine.operationOf(GraphQlRequest.of("mutation { addBook(title: \"x\") { id } }")))
                .hasValueSatisfying(operation -> assertThat(operation.name()).isEqualTo("MUTATION"));
        assertThat(engine.operationOf(new GraphQlRequest("query A { apiVersion } mutation B { addBook(title: \"x\") "
                + "{ id } }", Optional.of("A"), Map.of()))).hasValueSatisfying(
                        operation -> assertThat(operation.name()).isEqualTo("QUERY"));
        assertThat(engine.operationOf(GraphQlRequest.of("{ apiVersion"))).isEmpty();
    }

    static RequestContext anonymous(String requestId) {
        return new RequestContext(requestId, "127.0.0.1", Optional.empty(), Instant.now());
    }

    static RequestContext signedIn(String requestId) {
        Principal officer = new Principal("u1", Principal.Kind.USER, "officer1", Set.of(Role.OFFICER), "unit-1", Set.of());
        return new RequestContext(requestId, "127.0.0.1", Optional.of(officer), Instant.now());
    }

    static GraphQlRequest request(String document, Map<String, Object> variables) {
        return new GraphQlRequest(document, Optional.empty(), variables);
    }

    static String code(GraphQLError error) {
        return String.valueOf(error.getExtensions().get("code"));
    }

    @SuppressWarnings("unchecked")
    static <T> T path(ExecutionResult result, String... keys) {
        Object current = result.getData();
        for (String key : keys) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }
}
