/** Finding and reporting over correspondence: inboxes of turns, search, exports and production statistics. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.reporting;
