/** The screens: sign-in, the signed-in layout and the home view. */
@NullMarked
package mx.ventanilla.pwa.views;

import org.jspecify.annotations.NullMarked;
