package mx.ventanilla.platform.graphql;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.ventanilla.testing.RunningVentanilla;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL-over-HTTP contract of the real backend, over real HTTP: media types, status codes and error codes for
 * good requests and for every kind of bad one.
 */
class GraphQlHttpIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final int MAX_BODY = 64 * 1024;

    @TempDir
    static Path dataDir;

    static RunningVentanilla backend;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.start(dataDir, Map.of("ventanilla.graphql.max-body-bytes", String.valueOf(MAX_BODY),
                "ventanilla.graphql.max-complexity", "1000"));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Nested
    class WithGraphQlResponseMediaType {

        @Test
        void queryAnswers200WithData() {
            Reply reply = post(GRAPHQL_RESPONSE, "{\"query\": \"{ apiVersion }\"}");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith(GRAPHQL_RESPONSE);
            assertThat(reply.body().path("data").path("apiVersion").asText()).isEqualTo("1");
            assertThat(reply.body().has("errors")).isFalse();
        }

        @Test
        void unparseableDocumentIs400WithoutData() {
            Reply reply = post(GRAPHQL_RESPONSE, "{\"query\": \"{ apiVersion\"}");

            assertThat(reply.status()).isEqualTo(400);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void unknownFieldIs422WithoutData() {
            Reply reply = post(GRAPHQL_RESPONSE, "{\"query\": \"{ apiVersion nonsense }\"}");

            assertThat(reply.status()).isEqualTo(422);
            assertRequestError(reply, "BAD_USER_INPUT");
            assertThat(reply.firstMessage()).contains("nonsense");
        }

        @Test
        void variableOfTheWrongTypeIs422() {
            Reply reply = post(GRAPHQL_RESPONSE, json(Map.of(
                    "query", "query ($show: Boolean!) { apiVersion @include(if: $show) }",
                    "variables", Map.of("show", "yes"))));

            assertThat(reply.status()).isEqualTo(422);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void operatorObjectInPlaceOfAStringVariableIs422() {
            Reply reply = post(GRAPHQL_RESPONSE, "{\"query\": \"query ($name: String!) { __type(name: $name) { name } }\","
                    + " \"variables\": {\"name\": {\"$gt\": \"\"}}}");

            assertThat(reply.status()).isEqualTo(422);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void missingNonNullVariableIs422() {
            Reply reply = post(GRAPHQL_RESPONSE, "{\"query\": \"query ($show: Boolean!) { apiVersion @skip(if: $show) }\"}");

            assertThat(reply.status()).isEqualTo(422);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void unknownOperationNameIs422() {
            Reply reply = post(GRAPHQL_RESPONSE, "{\"query\": \"query A { apiVersion }\", \"operationName\": \"B\"}");

            assertThat(reply.status()).isEqualTo(422);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void documentDeeperThanTheLimitIs422() {
            String deep = "{ apiVersion __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType "
                    + "{ ofType { ofType { ofType { name } } } } } } } } } } } } }";
            Reply reply = post(GRAPHQL_RESPONSE, json(Map.of("query", deep)));

            assertThat(reply.status()).isEqualTo(422);
            assertRequestError(reply, "BAD_USER_INPUT");
            assertThat(reply.firstMessage()).containsIgnoringCase("depth");
        }

        @Test
        void introspectionDeeperThanGoodFaithIs422() {
            String deep = "{ __schema { types { fields { type" + " { ofType".repeat(20) + " { name }"
                    + " }".repeat(20) + " } } } }";
            Reply reply = post(GRAPHQL_RESPONSE, json(Map.of("query", deep)));

            assertThat(reply.status()).isEqualTo(422);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void documentWithMoreFieldsThanTheComplexityLimitIs422() {
            StringBuilder document = new StringBuilder("{");
            for (int i = 0; i < 1001; i++) {
                document.append(" a").append(i).append(": apiVersion");
            }
            Reply reply = post(GRAPHQL_RESPONSE, json(Map.of("query", document.append(" }").toString())));

            assertThat(reply.status()).isEqualTo(422);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void documentWithTooManyTokensIs422() {
            Reply reply = post(GRAPHQL_RESPONSE, json(Map.of("query", "{" + " a".repeat(15_001) + " }")));

            assertThat(reply.status()).isEqualTo(422);
            assertRequestError(reply, "BAD_USER_INPUT");
            assertThat(reply.firstMessage()).contains("too large");
        }

        @Test
        void introspectionAsGraphiQlSendsItIsAllowed() {
            Reply reply = post(GRAPHQL_RESPONSE, json(Map.of("query", graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY)));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().path("data").path("__schema").path("queryType").path("name").asText())
                    .isEqualTo("Query");
        }
    }

    @Nested
    class WithPlainJson {

        @Test
        void invalidDocumentIs200WithErrors() {
            Reply reply = post("application/json", "{\"query\": \"{ nonsense }\"}");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("application/json");
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void unparseableDocumentIs200WithErrors() {
            Reply reply = post("application/json", "{\"query\": \"{\"}");

            assertThat(reply.status()).isEqualTo(200);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void clientsThatAcceptAnythingGetPlainJson() {
            Reply reply = post("*/*", "{\"query\": \"{ apiVersion }\"}");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("application/json");
        }

        @Test
        void clientsWithoutAcceptGetPlainJson() {
            Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ apiVersion }\"}")));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("application/json");
        }

        @Test
        void theGraphQlTypeWinsWhenBothAreEquallyAcceptable() {
            Reply reply = post("application/json, application/graphql-response+json", "{\"query\": \"{ apiVersion }\"}");

            assertThat(reply.contentType()).startsWith(GRAPHQL_RESPONSE);
        }

        @Test
        void qualityFactorsDecide() {
            Reply reply = post("application/graphql-response+json;q=0.5, application/json",
                    "{\"query\": \"{ nonsense }\"}");

            assertThat(reply.contentType()).startsWith("application/json");
            assertThat(reply.status()).isEqualTo(200);
        }
    }

    @Nested
    class MalformedRequests {

        @Test
        void malformedJsonIs400() {
            assertBadRequest(post(GRAPHQL_RESPONSE, "{\"query\": \"{ apiVersion }\""), "not valid JSON");
            assertBadRequest(post("application/json", "{query: 1}"), "not valid JSON");
        }

        @Test
        void emptyBodyIs400() {
            assertBadRequest(post(GRAPHQL_RESPONSE, ""), "empty");
        }

        @Test
        void bodyThatIsNotAnObjectIs400() {
            assertBadRequest(post(GRAPHQL_RESPONSE, "[{\"query\": \"{ apiVersion }\"}]"), "JSON object");
        }

        @Test
        void missingOrNonStringQueryIs400() {
            assertBadRequest(post(GRAPHQL_RESPONSE, "{\"variables\": {}}"), "'query'");
            assertBadRequest(post(GRAPHQL_RESPONSE, "{\"query\": {\"apiVersion\": true}}"), "'query'");
            assertBadRequest(post("application/json", "{\"query\": 42}"), "'query'");
        }

        @Test
        void nonObjectVariablesAre400() {
            assertBadRequest(post(GRAPHQL_RESPONSE, "{\"query\": \"{ apiVersion }\", \"variables\": [1]}"), "'variables'");
            assertBadRequest(post(GRAPHQL_RESPONSE, "{\"query\": \"{ apiVersion }\", \"variables\": \"{}\"}"),
                    "'variables'");
        }

        @Test
        void nonStringOperationNameIs400() {
            assertBadRequest(post(GRAPHQL_RESPONSE, "{\"query\": \"{ apiVersion }\", \"operationName\": 7}"),
                    "'operationName'");
        }

        @Test
        void nonObjectExtensionsAre400() {
            assertBadRequest(post(GRAPHQL_RESPONSE, "{\"query\": \"{ apiVersion }\", \"extensions\": 1}"),
                    "'extensions'");
        }

        @Test
        void duplicateKeysAre400() {
            assertBadRequest(post(GRAPHQL_RESPONSE, "{\"query\": \"{ apiVersion }\", \"query\": \"{ nonsense }\"}"),
                    "Duplicate");
        }

        @Test
        void trailingContentIs400() {
            assertBadRequest(post(GRAPHQL_RESPONSE, "{\"query\": \"{ apiVersion }\"} {\"query\": \"{ x }\"}"),
                    "not valid JSON");
        }
    }

    @Nested
    class ContentTypesAndSizes {

        @Test
        void bodiesThatAreNeitherJsonNorMultipartAre415() {
            for (String contentType : new String[] {"text/plain", "application/graphql", "multipart/mixed; boundary=x",
                    "application/x-www-form-urlencoded"}) {
                Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql"))
                        .header("Content-Type", contentType)
                        .header("Accept", GRAPHQL_RESPONSE)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ apiVersion }\"}")));

                assertThat(reply.status()).as(contentType).isEqualTo(415);
                assertRequestError(reply, "BAD_USER_INPUT");
            }
        }

        @Test
        void jsonInAnotherCharsetIs415() {
            Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql"))
                    .header("Content-Type", "application/json; charset=iso-8859-1")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ apiVersion }\"}")));

            assertThat(reply.status()).isEqualTo(415);
        }

        @Test
        void jsonWithUtf8CharsetIsAccepted() {
            Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ apiVersion }\"}")));

            assertThat(reply.status()).isEqualTo(200);
        }

        @Test
        void postWithoutContentTypeIs415() {
            Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ apiVersion }\"}")));

            assertThat(reply.status()).isEqualTo(415);
        }

        @Test
        void bodyAnnouncedLargerThanTheLimitIs413() {
            Reply reply = post(GRAPHQL_RESPONSE, oversizedBody());

            assertThat(reply.status()).isEqualTo(413);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void chunkedBodyLargerThanTheLimitIs413() {
            byte[] body = oversizedBody().getBytes(StandardCharsets.UTF_8);
            Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql"))
                    .header("Content-Type", "application/json")
                    .header("Accept", GRAPHQL_RESPONSE)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

            assertThat(reply.status()).isEqualTo(413);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void chunkedBodyWithinTheLimitIsServed() {
            byte[] body = "{\"query\": \"{ apiVersion }\"}".getBytes(StandardCharsets.UTF_8);
            Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().path("data").path("apiVersion").asText()).isEqualTo("1");
        }

        private String oversizedBody() {
            return json(Map.of("query", "{ apiVersion }", "variables", Map.of("padding", "x".repeat(MAX_BODY))));
        }
    }

    @Nested
    class NegotiationAndMethods {

        @Test
        void acceptingNeitherJsonTypeIs406() {
            assertThat(post("text/html", "{\"query\": \"{ apiVersion }\"}").status()).isEqualTo(406);
            assertThat(post("application/graphql-response+json;q=0", "{\"query\": \"{ apiVersion }\"}").status())
                    .isEqualTo(406);
            Reply reply = get("?query=" + encode("{ apiVersion }"), "application/xml");
            assertThat(reply.status()).isEqualTo(406);
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void otherMethodsAre405WithAllow() {
            for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
                Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql"))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"query\": \"{ apiVersion }\"}")));

                assertThat(reply.status()).as(method).isEqualTo(405);
                assertThat(reply.raw().headers().firstValue("Allow")).contains("GET, POST");
                assertRequestError(reply, "BAD_USER_INPUT");
            }
        }

        @Test
        void queryByGetAnswers200() {
            Reply reply = get("?query=" + encode("query Version { apiVersion }") + "&operationName=Version",
                    GRAPHQL_RESPONSE);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().path("data").path("apiVersion").asText()).isEqualTo("1");
        }

        @Test
        void queryByGetTakesJsonVariables() {
            Reply reply = get("?query=" + encode("query ($show: Boolean!) { apiVersion @include(if: $show) }")
                    + "&variables=" + encode("{\"show\": true}"), GRAPHQL_RESPONSE);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().path("data").path("apiVersion").asText()).isEqualTo("1");
        }

        @Test
        void mutationByGetIs405AllowingPost() {
            Reply reply = get("?query=" + encode("mutation { signOut }"), GRAPHQL_RESPONSE);

            assertThat(reply.status()).isEqualTo(405);
            assertThat(reply.raw().headers().firstValue("Allow")).contains("POST");
            assertRequestError(reply, "BAD_USER_INPUT");
        }

        @Test
        void getWithoutQueryIs400() {
            assertBadRequest(get("", GRAPHQL_RESPONSE), "'query'");
        }

        @Test
        void getWithVariablesThatAreNotAJsonObjectIs400() {
            assertBadRequest(get("?query=" + encode("{ apiVersion }") + "&variables=" + encode("[1]"), GRAPHQL_RESPONSE),
                    "'variables'");
            assertBadRequest(get("?query=" + encode("{ apiVersion }") + "&variables=" + encode("{oops"),
                    "application/json"), "not valid JSON");
        }

        @Test
        void invalidQueryByGetIs422() {
            Reply reply = get("?query=" + encode("{ nonsense }"), GRAPHQL_RESPONSE);

            assertThat(reply.status()).isEqualTo(422);
            assertRequestError(reply, "BAD_USER_INPUT");
        }
    }

    @Nested
    class Authentication {

        @Test
        void invalidAuthorizationHeaderIs401WithChallenge() {
            Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql"))
                    .header("Content-Type", "application/json")
                    .header("Accept", GRAPHQL_RESPONSE)
                    .header("Authorization", "Bearer not-a-token")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ apiVersion }\"}")));

            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
            assertRequestError(reply, "UNAUTHENTICATED");
        }

        @Test
        void invalidAuthorizationHeaderIs401ForPlainJsonToo() {
            Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql?query=" + encode("{ apiVersion }")))
                    .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                    .GET());

            assertThat(reply.status()).isEqualTo(401);
            assertRequestError(reply, "UNAUTHENTICATED");
        }
    }

    @Test
    void responsesAreNeitherCachedNorSniffedAndCarryTheRequestId() {
        Reply reply = send(HttpRequest.newBuilder(backend.uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", "client-chosen-id-42")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ apiVersion }\"}")));

        assertThat(reply.raw().headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(reply.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(reply.raw().headers().firstValue("X-Request-Id")).contains("client-chosen-id-42");
    }

    private static void assertRequestError(Reply reply, String code) {
        assertThat(reply.body().has("data")).as("no data for a request error: %s", reply.text()).isFalse();
        assertThat(reply.body().path("errors").isArray()).as(reply.text()).isTrue();
        for (JsonNode error : reply.body().path("errors")) {
            assertThat(error.path("extensions").path("code").asText()).as(reply.text()).isEqualTo(code);
            assertThat(error.path("message").asText()).isNotBlank();
        }
        assertThat(reply.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at java.");
    }

    private static void assertBadRequest(Reply reply, String messagePart) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertRequestError(reply, "BAD_USER_INPUT");
        assertThat(reply.firstMessage()).contains(messagePart);
    }

    private static Reply post(String accept, String body) {
        return send(HttpRequest.newBuilder(backend.uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Reply get(String query, String accept) {
        return send(HttpRequest.newBuilder(backend.uri("/graphql" + query)).header("Accept", accept).GET());
    }

    private static Reply send(HttpRequest.Builder request) {
        return Reply.of(backend.send(request.build()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed as JSON. */
    record Reply(int status, String contentType, JsonNode body, String text, HttpResponse<String> raw) {

        static Reply of(HttpResponse<String> response) {
            try {
                return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        JSON.readTree(response.body()), response.body(), response);
            } catch (Exception e) {
                throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
            }
        }

        String firstMessage() {
            return body.path("errors").path(0).path("message").asText();
        }
    }
}
