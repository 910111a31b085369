/**
 * The audit trail in the API: the mutation observer that records every executed mutation, and the auditors'
 * queries.
 */
@NullMarked
package mx.ventanilla.audit.graphql;

import org.jspecify.annotations.NullMarked;
