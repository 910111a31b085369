/** The correspondence feature's MongoDB adapters: items, turns, timeline, outbox, catalogues and folio numbers. */
@NullMarked
package mx.ventanilla.correspondence.infrastructure;

import org.jspecify.annotations.NullMarked;
