package mx.ventanilla.platform.error;

/**
 * The error codes a client finds in {@code errors[].extensions.code}. Each feature exception maps to exactly one.
 */
public enum ErrorCode {
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    BAD_USER_INPUT,
    CONFLICT,
    INTERNAL
}
