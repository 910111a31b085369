/** The installable web app for public servants: startup, settings and the Vaadin application shell. */
@NullMarked
package mx.ventanilla.pwa;

import org.jspecify.annotations.NullMarked;
