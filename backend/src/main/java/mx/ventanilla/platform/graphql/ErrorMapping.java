package mx.ventanilla.platform.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import mx.ventanilla.platform.error.ErrorCode;
import mx.ventanilla.platform.error.VentanillaException;

/**
 * Turns exceptions from data fetchers into GraphQL errors with an {@code extensions.code}. Expected failures
 * ({@link VentanillaException}) keep their message and details; anything unexpected is logged with the request id and
 * reaches the client only as {@code INTERNAL} with that id, never with its message or stack trace.
 */
final class ErrorMapping implements DataFetcherExceptionHandler {

    private static final System.Logger LOG = System.getLogger(ErrorMapping.class.getName());

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable failure = unwrap(parameters.getException());
        RequestContext context = parameters.getDataFetchingEnvironment().getGraphQlContext().get(RequestContext.class);
        GraphQLError error = GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment())
                .message(messageOf(failure, context))
                .extensions(extensionsOf(failure))
                .build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    static ErrorCode codeOf(Throwable failure) {
        return unwrap(failure) instanceof VentanillaException known ? known.code() : ErrorCode.INTERNAL;
    }

    private static String messageOf(Throwable failure, RequestContext context) {
        if (failure instanceof VentanillaException) {
            return failure.getMessage();
        }
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure in request " + context.requestId(), failure);
        return ErrorCodes.internalMessage(context);
    }

    private static Map<String, Object> extensionsOf(Throwable failure) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (failure instanceof VentanillaException known) {
            extensions.putAll(known.details());
        }
        extensions.put(ErrorCodes.CODE, codeOf(failure).name());
        return extensions;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
