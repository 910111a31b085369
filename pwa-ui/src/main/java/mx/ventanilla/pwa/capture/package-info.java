/**
 * "Registrar documento": the capture screen (pages from the camera, compressed in the browser, metadata, proposed
 * turns), its endpoints under {@code /device/capture/}, and the device's queue of documents captured offline.
 */
@NullMarked
package mx.ventanilla.pwa.capture;

import org.jspecify.annotations.NullMarked;
