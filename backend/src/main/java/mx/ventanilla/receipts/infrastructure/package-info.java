/** Receipts rendered as PDF with PDFBox, with a QR code made by ZXing. */
@NullMarked
package mx.ventanilla.receipts.infrastructure;

import org.jspecify.annotations.NullMarked;
