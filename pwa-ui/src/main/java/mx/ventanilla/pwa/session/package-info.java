/** The signed-in user's API session, kept on the server in the Vaadin session and never on the device. */
@NullMarked
package mx.ventanilla.pwa.session;

import org.jspecify.annotations.NullMarked;
