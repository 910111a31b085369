/**
 * The sign-in use cases: signing in and out, refreshing and revoking sessions, authenticating bearer tokens, the
 * client-credentials grant and the administration of service accounts.
 */
@NullMarked
package mx.ventanilla.signin.application;

import org.jspecify.annotations.NullMarked;
