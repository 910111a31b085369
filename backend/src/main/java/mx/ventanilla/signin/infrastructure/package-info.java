/**
 * Adapters of the sign-in feature: ES256 signing keys and JWTs (Nimbus JOSE JWT), external OpenID Connect token
 * verification, and the MongoDB collections of refresh tokens, sign-in attempts and service accounts.
 */
@NullMarked
package mx.ventanilla.signin.infrastructure;

import org.jspecify.annotations.NullMarked;
