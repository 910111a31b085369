package mx.ventanilla.storage;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what went wrong out of the MinIO client's exceptions.
 *
 * <p>The client reports answers from the store as {@link MinioException}s, but failures to get an answer at all, such
 * as a refused connection, as {@link IllegalStateException}s wrapping the I/O error; both are accepted here.
 */
final class MinioErrors {

    private static final int NOT_FOUND = 404;
    private static final int NOT_IMPLEMENTED = 501;
    private static final Set<String> MISSING_OBJECT_CODES = Set.of("NoSuchKey", "NoSuchVersion", "NoSuchObject");

    private MinioErrors() {
    }

    /** The call is one the store does not implement, as S3Proxy answers for versioning and object lock. */
    static boolean isNotImplemented(Exception e) {
        return errorResponse(e)
                .map(error -> status(error) == NOT_IMPLEMENTED || "NotImplemented".equals(error.errorResponse().code()))
                .orElse(false);
    }

    /** The object (not the bucket) does not exist. */
    static boolean isMissingObject(Exception e) {
        return errorResponse(e)
                .map(error -> MISSING_OBJECT_CODES.contains(error.errorResponse().code())
                        || status(error) == NOT_FOUND && !"NoSuchBucket".equals(error.errorResponse().code()))
                .orElse(false);
    }

    static boolean hasCode(MinioException e, String code) {
        return errorResponse(e).map(error -> code.equals(error.errorResponse().code())).orElse(false);
    }

    /** One line for a person: the store's error code and message, or the underlying cause. */
    static String describe(Exception e) {
        return errorResponse(e)
                .map(error -> "%s (HTTP %d): %s".formatted(error.errorResponse().code(), status(error),
                        error.errorResponse().message()))
                .orElseGet(() -> rootCause(e).toString());
    }

    private static Optional<ErrorResponseException> errorResponse(Exception e) {
        return e instanceof ErrorResponseException error ? Optional.of(error) : Optional.empty();
    }

    private static int status(ErrorResponseException error) {
        return error.response() == null ? -1 : error.response().code();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
