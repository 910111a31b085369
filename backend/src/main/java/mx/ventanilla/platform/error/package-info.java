/**
 * Errors that cross the API boundary: one unchecked exception per {@link mx.ventanilla.platform.error.ErrorCode}.
 * Domain code throws these; the GraphQL layer turns them into {@code extensions.code}.
 */
@NullMarked
package mx.ventanilla.platform.error;

import org.jspecify.annotations.NullMarked;
