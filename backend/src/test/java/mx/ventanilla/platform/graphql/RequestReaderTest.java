package mx.ventanilla.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import io.helidon.common.uri.UriQuery;
import mx.ventanilla.platform.graphql.RequestReader.MalformedRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the request parameters: exactly the specified shape, with messages that say what is wrong and where. */
class RequestReaderTest {

    @Test
    void readsAllParametersOfABody() {
        GraphQlRequest request = body("{\"query\": \"query A { apiVersion }\", \"operationName\": \"A\","
                + " \"variables\": {\"first\": 10, \"after\": null, \"filter\": {\"unit\": \"DG\"}}, \"extensions\": {}}");

        assertThat(request.document()).isEqualTo("query A { apiVersion }");
        assertThat(request.operationName()).contains("A");
        assertThat(request.variables()).containsEntry("first", 10).containsEntry("after", null)
                .containsEntry("filter", Map.of("unit", "DG"));
    }

    @Test
    void nullAndEmptyOptionalParametersMeanAbsent() {
        GraphQlRequest request = body("{\"query\": \"{ apiVersion }\", \"operationName\": \"\", \"variables\": null,"
                + " \"extensions\": null}");

        assertThat(request.operationName()).isEmpty();
        assertThat(request.variables()).isEmpty();
    }

    @Test
    void malformedJsonSaysWhereWithoutJacksonInternals() {
        assertThatThrownBy(() -> body("{\"query\": \"{ apiVersion }\""))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessageStartingWith("The request body is not valid JSON (line 1, column ")
                .hasMessageContaining("line: 1, column: 1")
                .hasMessageNotContaining("REDACTED")
                .hasMessageNotContaining("StreamReadFeature");
    }

    @Test
    void everyWrongShapeIsRefusedWithTheParameterNamed() {
        assertRefused("", "empty");
        assertRefused("null", "JSON object");
        assertRefused("\"{ apiVersion }\"", "JSON object");
        assertRefused("{}", "'query'");
        assertRefused("{\"query\": null}", "'query'");
        assertRefused("{\"query\": [\"{ apiVersion }\"]}", "'query'");
        assertRefused("{\"query\": \"{ a }\", \"operationName\": false}", "'operationName'");
        assertRefused("{\"query\": \"{ a }\", \"variables\": 3}", "'variables'");
        assertRefused("{\"query\": \"{ a }\", \"extensions\": []}", "'extensions'");
        assertRefused("{\"query\": \"{ a }\", \"query\": \"{ b }\"}", "Duplicate field 'query'");
        assertRefused("{\"query\": \"{ a }\"}]", "not valid JSON");
    }

    @Test
    void urlParametersCarryJsonEncodedVariables() {
        GraphQlRequest request = RequestReader.fromUrlParameters(UriQuery.create(
                "query=%7B+apiVersion+%7D&operationName=&variables=%7B%22first%22%3A5%7D", true));

        assertThat(request.document()).isEqualTo("{ apiVersion }");
        assertThat(request.operationName()).isEqualTo(Optional.empty());
        assertThat(request.variables()).containsEntry("first", 5);
    }

    @Test
    void urlParametersWithoutQueryOrWithBadJsonAreRefused() {
        assertThatThrownBy(() -> RequestReader.fromUrlParameters(UriQuery.create("operationName=A", true)))
                .hasMessageContaining("'query'");
        assertThatThrownBy(() -> RequestReader.fromUrlParameters(UriQuery.create("query=x&variables=%5B%5D", true)))
                .hasMessageContaining("'variables'");
        assertThatThrownBy(() -> RequestReader.fromUrlParameters(UriQuery.create("query=x&extensions=oops", true)))
                .hasMessageContaining("'extensions' parameter is not valid JSON");
    }

    private static GraphQlRequest body(String json) {
        return RequestReader.fromJsonBody(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String json, String messagePart) {
        assertThatThrownBy(() -> body(json)).as(json)
                .isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining(messagePart);
    }
}
