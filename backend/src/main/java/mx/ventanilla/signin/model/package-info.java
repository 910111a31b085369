/**
 * Sign-in and tokens: sessions with short-lived access tokens and rotating refresh tokens, sign-in throttling,
 * service accounts for integrators, and the ports the use cases reach storage and cryptography through.
 */
@NullMarked
package mx.ventanilla.signin.model;

import org.jspecify.annotations.NullMarked;
