/**
 * Sign-in with the institution's external OpenID Connect provider: the authorization code flow with PKCE, the return
 * to {@code /oidc/callback}, and sessions that refresh at the provider.
 */
@NullMarked
package mx.ventanilla.pwa.oidc;

import org.jspecify.annotations.NullMarked;
