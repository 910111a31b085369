/** Receipts (acuses de recibo): what one states and the port that renders it. */
@NullMarked
package mx.ventanilla.receipts.model;

import org.jspecify.annotations.NullMarked;
