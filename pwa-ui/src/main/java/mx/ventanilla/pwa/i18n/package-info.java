/** Every user-visible word of the web app, in Spanish (es-MX) first and English second. */
@NullMarked
package mx.ventanilla.pwa.i18n;

import org.jspecify.annotations.NullMarked;
