/** The audit trail feature, wired: {@link mx.ventanilla.audit.AuditFeature} builds its parts for the composition root. */
@NullMarked
package mx.ventanilla.audit;

import org.jspecify.annotations.NullMarked;
