package mx.ventanilla.platform.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.GoodFaithIntrospection;
import mx.ventanilla.platform.error.ErrorCode;

/**
 * Gives every error of a result its {@code extensions.code}. Errors graphql-java raises for a bad request (syntax,
 * validation, variable coercion, limits) become {@code BAD_USER_INPUT}; anything else without a code is a fault of
 * the server: it is logged with the request id and reaches the client as {@code INTERNAL} with only that id.
 */
final class ErrorCodes {

    static final String CODE = "code";

    private static final System.Logger LOG = System.getLogger(ErrorCodes.class.getName());
    private static final Set<ErrorClassification> CLIENT_FAULTS = Set.of(ErrorType.InvalidSyntax,
            ErrorType.ValidationError, ErrorType.OperationNotSupported, ErrorType.ExecutionAborted);

    private ErrorCodes() {
    }

    static ExecutionResult coded(ExecutionResult result, RequestContext context) {
        if (result.getErrors().isEmpty()) {
            return result;
        }
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            errors.add(coded(error, context));
        }
        return result.transform(builder -> builder.errors(errors));
    }

    /** The error's code; {@code INTERNAL} when it has none of ours. */
    static ErrorCode codeOf(GraphQLError error) {
        return declaredCode(error).orElse(ErrorCode.INTERNAL);
    }

    /** {@code success}, {@code partial}, or what stopped the operation, as a metrics label. */
    static String outcomeOf(ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return "success";
        }
        if (hasData(result)) {
            return "partial";
        }
        List<ErrorCode> codes = result.getErrors().stream().map(ErrorCodes::codeOf).distinct().toList();
        return codes.size() == 1 ? codes.getFirst().name().toLowerCase(Locale.ROOT) : "mixed";
    }

    static boolean hasData(ExecutionResult result) {
        return result.isDataPresent() && result.getData() != null;
    }

    static String internalMessage(RequestContext context) {
        return "Internal error. Quote reference " + context.requestId() + " when reporting it.";
    }

    private static GraphQLError coded(GraphQLError error, RequestContext context) {
        if (declaredCode(error).isPresent()) {
            return error;
        }
        if (isClientFault(error)) {
            return rebuilt(error, error.getMessage(), ErrorCode.BAD_USER_INPUT);
        }
        LOG.log(System.Logger.Level.ERROR, "GraphQL error in request {0} ({1}): {2}",
                context.requestId(), error.getErrorType(), error.getMessage());
        return rebuilt(error, internalMessage(context), ErrorCode.INTERNAL);
    }

    private static boolean isClientFault(GraphQLError error) {
        return CLIENT_FAULTS.contains(error.getErrorType())
                || error instanceof GoodFaithIntrospection.BadFaithIntrospectionError;
    }

    private static GraphQLError rebuilt(GraphQLError error, String message, ErrorCode code) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put(CODE, code.name());
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .extensions(extensions);
        Optional.ofNullable(error.getErrorType()).ifPresent(builder::errorType);
        Optional.ofNullable(error.getPath()).ifPresent(builder::path);
        return builder.build();
    }

    private static Optional<ErrorCode> declaredCode(GraphQLError error) {
        if (error.getExtensions() == null || !(error.getExtensions().get(CODE) instanceof String code)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ErrorCode.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
