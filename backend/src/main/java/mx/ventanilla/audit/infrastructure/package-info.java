/** The audit trail in MongoDB: an append-only collection whose {@code _id} is the sequence number. */
@NullMarked
package mx.ventanilla.audit.infrastructure;

import org.jspecify.annotations.NullMarked;
