/** The app's own HTTP endpoints for the browser's scripts and service worker, acting for the signed-in user. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.pwa.device;
