package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ErrorCode;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.platform.web.RequestIds;

/**
 * The GraphQL-over-HTTP endpoint. {@code POST} with a JSON body runs any operation, {@code GET} with URL parameters
 * runs queries only. Responses are {@code application/graphql-response+json} when the client accepts it (with the
 * spec's status codes: 400 for an unparseable document, 422 for an invalid one) and {@code application/json}
 * otherwise (200 for every well-formed request). Bad tokens get 401; requests refused entirely for lack of
 * authentication or permission get 401 or 403.
 */
public final class GraphQlHttpService implements HttpService {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final GraphQlEngine engine;
    private final Authenticator authenticator;
    private final GraphQlLimits limits;

    public GraphQlHttpService(GraphQlEngine engine, Authenticator authenticator, GraphQlLimits limits) {
        this.engine = engine;
        this.authenticator = authenticator;
        this.limits = limits;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::get)
                .post("/", this::post)
                .any("/", (request, response) -> {
                    response.header(HeaderNames.ALLOW, "GET, POST");
                    reply(response, Status.METHOD_NOT_ALLOWED_405, JSON,
                            requestError("Use POST (or GET for queries) on this endpoint."));
                });
    }

    private void get(ServerRequest request, ServerResponse response) {
        Optional<String> mediaType = negotiate(request);
        if (mediaType.isEmpty()) {
            notAcceptable(response);
            return;
        }
        var query = request.query();
        Optional<String> document = query.first("query").asOptional();
        if (document.isEmpty()) {
            reply(response, Status.BAD_REQUEST_400, mediaType.get(),
                    requestError("The 'query' parameter is missing."));
            return;
        }
        String operationName = query.first("operationName").orElse("");
        if (isMutation(document.get(), operationName)) {
            response.header(HeaderNames.ALLOW, "POST");
            reply(response, Status.METHOD_NOT_ALLOWED_405, mediaType.get(),
                    requestError("Mutations must be sent with POST."));
            return;
        }
        Map<String, Object> variables;
        try {
            variables = query.first("variables").asOptional()
                    .map(text -> parseObject(text, "variables"))
                    .orElse(Map.of());
        } catch (MalformedParameterException e) {
            reply(response, Status.BAD_REQUEST_400, mediaType.get(), requestError(e.getMessage()));
            return;
        }
        execute(request, response, mediaType.get(), new GraphQlRequest(document.get(), operationName, variables));
    }

    private void post(ServerRequest request, ServerResponse response) {
        Optional<String> mediaType = negotiate(request);
        if (mediaType.isEmpty()) {
            notAcceptable(response);
            return;
        }
        Optional<HttpMediaType> contentType = request.headers().contentType();
        if (contentType.isEmpty() || !JSON.equals(contentType.get().mediaType().text())) {
            reply(response, Status.UNSUPPORTED_MEDIA_TYPE_415, mediaType.get(),
                    requestError("Send the request as " + JSON + "."));
            return;
        }
        if (request.headers().contentLength().orElse(0) > limits.maxBodyBytes()) {
            tooLarge(response, mediaType.get());
            return;
        }
        Optional<byte[]> body = readBounded(request);
        if (body.isEmpty()) {
            tooLarge(response, mediaType.get());
            return;
        }
        Optional<GraphQlRequest> graphQlRequest = GraphQlRequest.parse(body.get(), MAPPER);
        if (graphQlRequest.isEmpty()) {
            reply(response, Status.BAD_REQUEST_400, mediaType.get(), requestError(
                    "The body must be a JSON object with a string 'query', an optional string 'operationName' "
                            + "and an optional object 'variables'."));
            return;
        }
        execute(request, response, mediaType.get(), graphQlRequest.get());
    }

    private void execute(ServerRequest request, ServerResponse response, String mediaType, GraphQlRequest call) {
        Optional<Principal> principal;
        try {
            principal = authenticator.authenticate(request.headers().first(HeaderNames.AUTHORIZATION));
        } catch (UnauthenticatedException e) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            reply(response, Status.UNAUTHORIZED_401, mediaType, errorBody(e.getMessage(), ErrorCode.UNAUTHENTICATED));
            return;
        }
        RequestContext context = new RequestContext(RequestIds.of(request), clientAddress(request), principal,
                Instant.now());
        ExecutionResult result = engine.execute(call.query(), call.operationName(), call.variables(), context);
        Map<String, Object> body = withCodes(result);
        reply(response, statusOf(result, mediaType), mediaType, body);
    }

    private static Status statusOf(ExecutionResult result, String mediaType) {
        boolean noData = !result.isDataPresent() || result.getData() == null;
        if (!noData || result.getErrors().isEmpty()) {
            return Status.OK_200;
        }
        Optional<ErrorCode> only = singleCode(result.getErrors());
        if (only.equals(Optional.of(ErrorCode.UNAUTHENTICATED))) {
            return Status.UNAUTHORIZED_401;
        }
        if (only.equals(Optional.of(ErrorCode.FORBIDDEN))) {
            return Status.FORBIDDEN_403;
        }
        if (!GRAPHQL_RESPONSE.equals(mediaType) || result.isDataPresent()) {
            return Status.OK_200;
        }
        boolean syntax = result.getErrors().stream().anyMatch(error -> error.getErrorType() == ErrorType.InvalidSyntax);
        return syntax ? Status.BAD_REQUEST_400 : Status.create(422, "Unprocessable Content");
    }

    private static Optional<ErrorCode> singleCode(List<GraphQLError> errors) {
        List<String> codes = errors.stream().map(GraphQlHttpService::codeOf).distinct().toList();
        if (codes.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(ErrorCode.valueOf(codes.getFirst()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every error gets an {@code extensions.code}; graphql-java's own request errors become BAD_USER_INPUT. */
    private static Map<String, Object> withCodes(ExecutionResult result) {
        Map<String, Object> specification = new LinkedHashMap<>(result.toSpecification());
        if (result.getErrors().isEmpty()) {
            return specification;
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            Map<String, Object> json = new LinkedHashMap<>(error.toSpecification());
            Map<String, Object> extensions = new LinkedHashMap<>(
                    error.getExtensions() == null ? Map.of() : error.getExtensions());
            extensions.putIfAbsent("code", codeOf(error));
            json.put("extensions", extensions);
            errors.add(json);
        }
        specification.put("errors", errors);
        return specification;
    }

    private static String codeOf(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().get("code") instanceof String code) {
            return code;
        }
        ErrorClassification type = error.getErrorType();
        boolean clientFault = type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError
                || type == ErrorType.ExecutionAborted || type == ErrorType.OperationNotSupported;
        return clientFault ? ErrorCode.BAD_USER_INPUT.name() : ErrorCode.INTERNAL.name();
    }

    private static boolean isMutation(String document, String operationName) {
        try {
            Document parsed = Parser.parse(document);
            return parsed.getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(operation -> operationName.isEmpty() || operationName.equals(operation.getName()))
                    .anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    /** The response media type the client accepts, preferring the GraphQL one; none when it accepts neither. */
    static Optional<String> negotiate(ServerRequest request) {
        List<HttpMediaType> accepted = request.headers().acceptedTypes();
        if (accepted.isEmpty()) {
            return Optional.of(JSON);
        }
        for (HttpMediaType type : accepted) {
            if (type.qualityFactor() <= 0) {
                continue;
            }
            String text = type.mediaType().text();
            if (GRAPHQL_RESPONSE.equals(text)) {
                return Optional.of(GRAPHQL_RESPONSE);
            }
            if (JSON.equals(text) || "*/*".equals(text) || "application/*".equals(text)) {
                return Optional.of(JSON);
            }
        }
        return Optional.empty();
    }

    private Optional<byte[]> readBounded(ServerRequest request) {
        try (InputStream in = request.content().inputStream()) {
            byte[] bytes = in.readNBytes((int) limits.maxBodyBytes() + 1);
            return bytes.length > limits.maxBodyBytes() ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> parseObject(String text, String name) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node != null && node.isObject()) {
                return MAPPER.convertValue(node, GraphQlRequest.MAP_TYPE);
            }
        } catch (JsonProcessingException e) {
            // reported below like any other non-object
        }
        throw new MalformedParameterException("The '" + name + "' parameter must be a JSON object.");
    }

    private void tooLarge(ServerResponse response, String mediaType) {
        reply(response, Status.REQUEST_ENTITY_TOO_LARGE_413, mediaType, requestError(
                "The request body is larger than " + limits.maxBodyBytes() + " bytes."));
    }

    private static void notAcceptable(ServerResponse response) {
        reply(response, Status.NOT_ACCEPTABLE_406, JSON, requestError(
                "This endpoint answers " + GRAPHQL_RESPONSE + " or " + JSON + "; accept one of them."));
    }

    private static Map<String, Object> requestError(String message) {
        return errorBody(message, ErrorCode.BAD_USER_INPUT);
    }

    private static Map<String, Object> errorBody(String message, ErrorCode code) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code.name()))));
    }

    private static String clientAddress(ServerRequest request) {
        SocketAddress address = request.remotePeer().address();
        return address instanceof InetSocketAddress inet ? inet.getAddress().getHostAddress() : address.toString();
    }

    private static void reply(ServerResponse response, Status status, String mediaType, Map<String, Object> body) {
        try {
            response.status(status);
            response.header(HeaderNames.CONTENT_TYPE, mediaType + "; charset=utf-8");
            response.send(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET parameter that should have been JSON was not. */
    static final class MalformedParameterException extends RuntimeException {
        MalformedParameterException(String message) {
            super(message);
        }
    }
}
