package mx.ventanilla.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.helidon.http.HttpMediaType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint's decisions that need no server: status codes, content negotiation, accepted content types. */
class GraphQlStatusTest {

    private final GraphQlEngine engine = new GraphQlEngine(List.of(new LibraryTestModule()), GraphQlLimits.defaults(),
            outcome -> { });

    @Test
    void dataMeans200EvenWithErrors() {
        assertThat(status("{ apiVersion }", true)).isEqualTo(200);
        assertThat(status("{ apiVersion broken }", true)).isEqualTo(200);
        assertThat(status("{ apiVersion missing }", true)).isEqualTo(200);
    }

    @Test
    void requestErrorsAre400Or422OnlyForTheGraphQlMediaType() {
        assertThat(status("{ apiVersion", true)).isEqualTo(400);
        assertThat(status("{ nonsense }", true)).isEqualTo(422);
        assertThat(status("{ apiVersion", false)).isEqualTo(200);
        assertThat(status("{ nonsense }", false)).isEqualTo(200);
    }

    @Test
    void refusalForLackOfAuthenticationOrPermissionIs401Or403ForBothMediaTypes() {
        assertThat(status("{ secret }", true)).isEqualTo(401);
        assertThat(status("{ secret }", false)).isEqualTo(401);
        assertThat(status("{ forbidden }", true)).isEqualTo(403);
        assertThat(status("{ forbidden }", false)).isEqualTo(403);
    }

    @Test
    void mixedRefusalsWithoutDataAreNotReportedAsAnAuthenticationProblem() {
        assertThat(status("{ secret forbidden }", true)).isEqualTo(200);
    }

    @Test
    void serverFailureWithoutDataIs500ForTheGraphQlMediaTypeOnly() {
        ExecutionResult failed = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                .message("Internal error.").extensions(Map.of("code", "INTERNAL")).build()).build();

        assertThat(GraphQlHttpService.statusOf(failed, true).code()).isEqualTo(500);
        assertThat(GraphQlHttpService.statusOf(failed, false).code()).isEqualTo(200);
    }

    @Test
    void negotiationPrefersTheGraphQlTypeAndHonoursQuality() {
        assertThat(negotiate()).contains("application/json");
        assertThat(negotiate("application/graphql-response+json", "application/json"))
                .contains("application/graphql-response+json");
        assertThat(negotiate("application/json", "application/graphql-response+json"))
                .contains("application/graphql-response+json");
        assertThat(negotiate("application/graphql-response+json;q=0.8", "application/json"))
                .contains("application/json");
        assertThat(negotiate("text/html", "*/*;q=0.1")).contains("application/json");
        assertThat(negotiate("application/*")).contains("application/json");
        assertThat(negotiate("Application/GraphQL-Response+JSON")).contains("application/graphql-response+json");
        assertThat(negotiate("text/html", "application/xml")).isEmpty();
        assertThat(negotiate("application/json;q=0")).isEmpty();
    }

    @Test
    void onlyUtf8JsonBodiesAreRead() {
        assertThat(GraphQlHttpService.unsupportedContentType(type("application/json"))).isEmpty();
        assertThat(GraphQlHttpService.unsupportedContentType(type("application/json; charset=utf-8"))).isEmpty();
        assertThat(GraphQlHttpService.unsupportedContentType(type("Application/JSON; charset=UTF-8"))).isEmpty();
        assertThat(GraphQlHttpService.unsupportedContentType(type("application/json; charset=utf-16")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("UTF-8"));
        assertThat(GraphQlHttpService.unsupportedContentType(type("application/graphql")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("application/graphql"));
        assertThat(GraphQlHttpService.unsupportedContentType(Optional.empty()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("no Content-Type"));
    }

    private int status(String document, boolean graphQlResponse) {
        ExecutionResult result = engine.execute(GraphQlRequest.of(document), GraphQlEngineTest.anonymous("req"));
        return GraphQlHttpService.statusOf(result, graphQlResponse).code();
    }

    private static Optional<String> negotiate(String... accepted) {
        return GraphQlHttpService.negotiate(List.of(accepted).stream().map(HttpMediaType::create).toList());
    }

    private static Optional<HttpMediaType> type(String text) {
        return Optional.of(HttpMediaType.create(text));
    }
}
