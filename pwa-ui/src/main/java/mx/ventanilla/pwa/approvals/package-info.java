/** The manager's approvals screen ("Aprobaciones"): proposed turns to decide and responses to evaluate. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.pwa.approvals;
