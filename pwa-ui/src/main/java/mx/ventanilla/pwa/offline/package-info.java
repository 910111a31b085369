/**
 * The offline copy: what the device keeps of the signed-in user's open turns so that the offline shell
 * ({@code offline.html}) can show an inbox and item views without a connection, and the endpoints that hand it out.
 */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.pwa.offline;
