package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ErrorCode;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.platform.graphql.RequestReader.MalformedRequestException;
import mx.ventanilla.platform.web.RequestIds;

/**
 * The GraphQL-over-HTTP endpoint. {@code POST} with a JSON body runs any operation, {@code GET} with URL parameters
 * runs queries only. Responses are {@code application/graphql-response+json} when the client accepts it, with the
 * specification's status codes (400 for a request that cannot be parsed, 422 for one that is invalid, no data in
 * either), and {@code application/json} otherwise (200 for every well-formed request). A bad token gets 401; a request
 * refused entirely for lack of authentication or permission gets 401 or 403. Every error carries
 * {@code extensions.code}; a failure of the server reaches the client only as {@code INTERNAL} with the request id.
 *
 * <p>With {@link UploadLimits} the endpoint also reads the GraphQL multipart request ({@code multipart/form-data},
 * file uploads): files are streamed to temporary files that are deleted once the response is sent, whatever happened.
 * Because browsers send {@code multipart/form-data} cross-origin without a CORS preflight, such a request must carry
 * an {@code Authorization} header or one of the {@link #PREFLIGHT_HEADERS}, which no page of another origin can add
 * without a preflight. docs/api.md and docs/scans.md are the contract this class implements.
 */
public final class GraphQlHttpService implements HttpService {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";
    static final String MULTIPART = "multipart/form-data";
    static final List<HeaderName> PREFLIGHT_HEADERS = List.of(HeaderNames.create("Apollo-Require-Preflight"),
            HeaderNames.create("X-Apollo-Operation-Name"), HeaderNames.create("GraphQL-Preflight"));

    private static final System.Logger LOG = System.getLogger(GraphQlHttpService.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HeaderName CONTENT_TYPE_OPTIONS = HeaderNames.create("X-Content-Type-Options");
    private static final Status UNPROCESSABLE_CONTENT = Status.create(422, "Unprocessable Content");

    private final GraphQlEngine engine;
    private final Authenticator authenticator;
    private final long maxBodyBytes;
    private final Optional<UploadLimits> uploads;

    /** An endpoint that reads JSON bodies only; a multipart request gets 415. */
    public GraphQlHttpService(GraphQlEngine engine, Authenticator authenticator, GraphQlLimits limits) {
        this(engine, authenticator, limits, Optional.empty());
    }

    /** An endpoint that also reads GraphQL multipart requests (file uploads) within the given limits. */
    public GraphQlHttpService(GraphQlEngine engine, Authenticator authenticator, GraphQlLimits limits,
                              UploadLimits uploads) {
        this(engine, authenticator, limits, Optional.of(uploads));
    }

    private GraphQlHttpService(GraphQlEngine engine, Authenticator authenticator, GraphQlLimits limits,
                               Optional<UploadLimits> uploads) {
        this.engine = engine;
        this.authenticator = authenticator;
        this.maxBodyBytes = limits.maxBodyBytes();
        this.uploads = uploads;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", guarded(this::get))
                .post("/", guarded(this::post))
                .any("/", guarded(this::otherMethod));
    }

    private void get(ServerRequest request, ServerResponse response) {
        Optional<String> mediaType = negotiate(request.headers().acceptedTypes());
        if (mediaType.isEmpty()) {
            notAcceptable(response);
            return;
        }
        GraphQlRequest call;
        try {
            call = RequestReader.fromUrlParameters(request.query());
        } catch (MalformedRequestException e) {
            reply(response, Status.BAD_REQUEST_400, mediaType.get(), requestError(e.getMessage()));
            return;
        }
        boolean notAQuery = engine.operationOf(call)
                .filter(operation -> operation != OperationDefinition.Operation.QUERY)
                .isPresent();
        if (notAQuery) {
            response.header(HeaderNames.ALLOW, "POST");
            reply(response, Status.METHOD_NOT_ALLOWED_405, mediaType.get(),
                    requestError("Only queries may be sent with GET; send mutations with POST."));
            return;
        }
        execute(request, response, mediaType.get(), call);
    }

    private void post(ServerRequest request, ServerResponse response) {
        Optional<String> mediaType = negotiate(request.headers().acceptedTypes());
        if (mediaType.isEmpty()) {
            response.header(HeaderValues.CONNECTION_CLOSE);
            notAcceptable(response);
            return;
        }
        if (uploads.isPresent() && isMultipart(request.headers().contentType())) {
            postMultipart(request, response, mediaType.get(), uploads.get());
            return;
        }
        Optional<String> unsupported = unsupportedContentType(request.headers().contentType());
        if (unsupported.isPresent()) {
            response.header(HeaderValues.CONNECTION_CLOSE);
            reply(response, Status.UNSUPPORTED_MEDIA_TYPE_415, mediaType.get(), requestError(unsupported.get()));
            return;
        }
        Optional<byte[]> body = readBounded(request);
        if (body.isEmpty()) {
            response.header(HeaderValues.CONNECTION_CLOSE);
            reply(response, Status.REQUEST_ENTITY_TOO_LARGE_413, mediaType.get(), requestError(
                    "The request body is larger than " + maxBodyBytes + " bytes; send a smaller document."));
            return;
        }
        GraphQlRequest call;
        try {
            call = RequestReader.fromJsonBody(body.get());
        } catch (MalformedRequestException e) {
            reply(response, Status.BAD_REQUEST_400, mediaType.get(), requestError(e.getMessage()));
            return;
        }
        if (engine.operationOf(call).filter(operation -> operation == OperationDefinition.Operation.SUBSCRIPTION)
                .isPresent()) {
            reply(response, Status.BAD_REQUEST_400, mediaType.get(), requestError("Subscriptions run over "
                    + "WebSocket: open /graphql with the subprotocol " + GraphQlWebSocket.SUBPROTOCOL + "."));
            return;
        }
        execute(request, response, mediaType.get(), call);
    }

    private void postMultipart(ServerRequest request, ServerResponse response, String mediaType,
                               UploadLimits limits) {
        Optional<String> refusal = multipartRefusal(request);
        if (refusal.isPresent()) {
            response.header(HeaderValues.CONNECTION_CLOSE);
            reply(response, Status.BAD_REQUEST_400, mediaType, requestError(refusal.get()));
            return;
        }
        if (request.headers().contentLength().orElse(0) > limits.maxRequestBytes()) {
            refuseTooLarge(response, mediaType, "The request body is larger than " + limits.maxRequestBytes()
                    + " bytes; send fewer or smaller files.");
            return;
        }
        String boundary = request.headers().contentType().orElseThrow().parameters().get("boundary");
        MultipartRequestReader reader = new MultipartRequestReader(limits, maxBodyBytes);
        try (MultipartRequest multipart = reader.read(request.content().inputStream(), boundary)) {
            execute(request, response, mediaType, multipart.request());
        } catch (MalformedRequestException e) {
            response.header(HeaderValues.CONNECTION_CLOSE);
            reply(response, Status.BAD_REQUEST_400, mediaType, requestError(e.getMessage()));
        } catch (MultipartStream.TooLargeException e) {
            refuseTooLarge(response, mediaType, e.getMessage());
        }
    }

    /** Why a multipart request is refused before its body is read: no boundary, or no proof of a CORS preflight. */
    private static Optional<String> multipartRefusal(ServerRequest request) {
        String boundary = request.headers().contentType().orElseThrow().parameters().get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            return Optional.of("A multipart/form-data request needs a boundary parameter of 1 to 70 characters in "
                    + "its Content-Type.");
        }
        boolean preflighted = request.headers().contains(HeaderNames.AUTHORIZATION)
                || PREFLIGHT_HEADERS.stream().anyMatch(request.headers()::contains);
        return preflighted ? Optional.empty() : Optional.of("A multipart request must carry an Authorization header "
                + "or an Apollo-Require-Preflight header, so that no other web site can send it from a browser.");
    }

    private static void refuseTooLarge(ServerResponse response, String mediaType, String message) {
        response.header(HeaderValues.CONNECTION_CLOSE);
        reply(response, Status.REQUEST_ENTITY_TOO_LARGE_413, mediaType, requestError(message));
    }

    private static boolean isMultipart(Optional<HttpMediaType> contentType) {
        return contentType.map(type -> type.mediaType().text().equalsIgnoreCase(MULTIPART)).orElse(false);
    }

    private void otherMethod(ServerRequest request, ServerResponse response) {
        if (request.content().hasEntity()) {
            response.header(HeaderValues.CONNECTION_CLOSE);
        }
        response.header(HeaderNames.ALLOW, "GET, POST");
        reply(response, Status.METHOD_NOT_ALLOWED_405, negotiate(request.headers().acceptedTypes()).orElse(JSON),
                requestError("Use POST, or GET for queries, on this endpoint."));
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
        ExecutionResult result = engine.execute(call, context);
        Status status = statusOf(result, GRAPHQL_RESPONSE.equals(mediaType));
        if (status == Status.UNAUTHORIZED_401) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        reply(response, status, mediaType, specification(result));
    }

    /**
     * The HTTP status of a GraphQL response. Data (even partial) means 200. Without data: 401 or 403 when the only
     * errors are about authentication or permission; otherwise 200 for {@code application/json}, and for
     * {@code application/graphql-response+json} 400 when the document does not parse, 500 when the server failed and
     * 422 for any other invalid request.
     */
    static Status statusOf(ExecutionResult result, boolean graphQlResponse) {
        if (result.getErrors().isEmpty() || ErrorCodes.hasData(result)) {
            return Status.OK_200;
        }
        List<ErrorCode> codes = result.getErrors().stream().map(ErrorCodes::codeOf).distinct().toList();
        if (codes.equals(List.of(ErrorCode.UNAUTHENTICATED))) {
            return Status.UNAUTHORIZED_401;
        }
        if (codes.equals(List.of(ErrorCode.FORBIDDEN))) {
            return Status.FORBIDDEN_403;
        }
        if (!graphQlResponse || result.isDataPresent()) {
            return Status.OK_200;
        }
        if (codes.contains(ErrorCode.INTERNAL)) {
            return Status.INTERNAL_SERVER_ERROR_500;
        }
        boolean syntax = result.getErrors().stream().anyMatch(error -> error.getErrorType() == ErrorType.InvalidSyntax);
        return syntax ? Status.BAD_REQUEST_400 : UNPROCESSABLE_CONTENT;
    }

    /**
     * The response media type the client accepts, by quality and then preferring the GraphQL one;
     * {@code &#42;/&#42;} and {@code application/*} get {@code application/json}, as does a request without
     * {@code Accept}. Empty when the client accepts neither.
     */
    static Optional<String> negotiate(List<HttpMediaType> accepted) {
        if (accepted.isEmpty()) {
            return Optional.of(JSON);
        }
        return accepted.stream()
                .filter(type -> type.qualityFactor() > 0)
                .sorted(Comparator.comparingDouble(HttpMediaType::qualityFactor).reversed()
                        .thenComparing(type -> !GRAPHQL_RESPONSE.equalsIgnoreCase(type.mediaType().text())))
                .map(GraphQlHttpService::responseTypeFor)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> responseTypeFor(HttpMediaType accepted) {
        String text = accepted.mediaType().text().toLowerCase(Locale.ROOT);
        return switch (text) {
            case GRAPHQL_RESPONSE -> Optional.of(GRAPHQL_RESPONSE);
            case JSON, "application/*", "*/*" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** Why the body's content type is refused; empty for UTF-8 JSON, the only type this endpoint reads so far. */
    static Optional<String> unsupportedContentType(Optional<HttpMediaType> contentType) {
        if (contentType.isEmpty()) {
            return Optional.of("The request has no Content-Type; send the body as " + JSON + ".");
        }
        String type = contentType.get().mediaType().text().toLowerCase(Locale.ROOT);
        if (!JSON.equals(type)) {
            return Optional.of("Content-Type " + type + " is not supported; send the body as " + JSON + ".");
        }
        boolean utf8 = contentType.get().charset().map(charset -> charset.equalsIgnoreCase("utf-8")).orElse(true);
        return utf8 ? Optional.empty() : Optional.of("Send the JSON body in UTF-8 (charset=utf-8).");
    }

    /** The body, or empty when it exceeds the limit, whether announced by Content-Length or found while reading. */
    private Optional<byte[]> readBounded(ServerRequest request) {
        if (request.headers().contentLength().orElse(0) > maxBodyBytes) {
            return Optional.empty();
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            return bytes.length > maxBodyBytes ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps unexpected failures from reaching the client as anything but {@code INTERNAL} with the request id. */
    private static Handler guarded(Handler handler) {
        return (request, response) -> {
            try {
                handler.handle(request, response);
            } catch (RuntimeException e) {
                String requestId = RequestIds.of(request);
                LOG.log(System.Logger.Level.ERROR, "Unexpected failure serving GraphQL request " + requestId, e);
                if (!response.isSent()) {
                    response.header(HeaderValues.CONNECTION_CLOSE);
                    reply(response, Status.INTERNAL_SERVER_ERROR_500, JSON, errorBody(
                            "Internal error. Quote reference " + requestId + " when reporting it.",
                            ErrorCode.INTERNAL));
                }
            }
        };
    }

    /** The response body; graphql-java's {@code classification} is left out, {@code code} is the contract. */
    static Map<String, Object> specification(ExecutionResult result) {
        Map<String, Object> body = new LinkedHashMap<>(result.toSpecification());
        if (result.getErrors().isEmpty()) {
            return body;
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            Map<String, Object> json = new LinkedHashMap<>(error.toSpecification());
            Map<String, Object> extensions = new LinkedHashMap<>(
                    error.getExtensions() == null ? Map.of() : error.getExtensions());
            extensions.remove("classification");
            json.put("extensions", extensions);
            errors.add(json);
        }
        body.put("errors", errors);
        return body;
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
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, mediaType + "; charset=utf-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header(HeaderNames.VARY, "Accept");
        response.header(CONTENT_TYPE_OPTIONS, "nosniff");
        response.send(json);
    }
}
