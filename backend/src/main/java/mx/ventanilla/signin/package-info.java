/**
 * Sign-in and tokens: {@link mx.ventanilla.signin.SignInFeature} builds the feature from its
 * {@link mx.ventanilla.signin.SecuritySettings} for the composition root.
 */
@NullMarked
package mx.ventanilla.signin;

import org.jspecify.annotations.NullMarked;
