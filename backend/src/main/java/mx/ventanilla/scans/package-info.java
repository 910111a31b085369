/** Digitisation and receipts, wired: {@link mx.ventanilla.scans.ScansFeature} builds them for the composition root. */
@NullMarked
package mx.ventanilla.scans;

import org.jspecify.annotations.NullMarked;
