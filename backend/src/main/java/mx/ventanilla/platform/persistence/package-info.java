/**
 * MongoDB plumbing shared by every feature: the connection (external or embedded), migrations, sequences and the
 * transaction boundary that degrades cleanly where the server has no transactions.
 */
@NullMarked
package mx.ventanilla.platform.persistence;

import org.jspecify.annotations.NullMarked;
