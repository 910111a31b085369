/**
 * The HTTP side of sign-in outside GraphQL: the bearer-token authenticator, the OAuth 2 token endpoint
 * ({@code POST /oauth/token}) and the public keys ({@code GET /.well-known/jwks.json}).
 */
@NullMarked
package mx.ventanilla.signin.web;

import org.jspecify.annotations.NullMarked;
