/**
 * "Mis turnos" and what hangs off it: the inbox of the user's and the unit's turns with live updates, the item detail
 * with its pages, PDF, receipt, timeline and turn tree, the answer to a turn, and the endpoint that serves the item's
 * files to the browser.
 */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.pwa.inbox;
