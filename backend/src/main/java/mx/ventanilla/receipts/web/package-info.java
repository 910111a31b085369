/** The HTTP download of receipts as PDF files. */
@NullMarked
package mx.ventanilla.receipts.web;

import org.jspecify.annotations.NullMarked;
