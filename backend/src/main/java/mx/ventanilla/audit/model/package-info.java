/**
 * The audit trail's domain: events, the SHA-256 chain that links them, its verification, and the port to the store
 * that keeps them append-only.
 */
@NullMarked
package mx.ventanilla.audit.model;

import org.jspecify.annotations.NullMarked;
