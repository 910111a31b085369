/**
 * The identity use cases: managing and reading the organisation tree and its users under the visibility rule,
 * importing both from a file, and telling callers who they are.
 */
@NullMarked
package mx.ventanilla.identity.application;

import org.jspecify.annotations.NullMarked;
