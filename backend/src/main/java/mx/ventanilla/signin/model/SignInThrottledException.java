package mx.ventanilla.signin.model;

import java.time.Instant;
import java.util.Map;

import mx.ventanilla.platform.error.ErrorCode;
import mx.ventanilla.platform.error.VentanillaException;

/**
 * Sign-in refused because of too many recent failures, with the instant from which trying again makes sense
 * ({@code extensions.retryAfter}). It reads the same whether or not the username exists.
 */
public final class SignInThrottledException extends VentanillaException {

    public SignInThrottledException(Instant retryAfter) {
        super(ErrorCode.UNAUTHENTICATED, "Too many failed sign-in attempts. Try again after " + retryAfter + ".",
                Map.of("retryAfter", retryAfter.toString()));
    }
}
