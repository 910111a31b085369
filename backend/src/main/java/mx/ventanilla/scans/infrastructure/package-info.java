/** Digitisation over object storage: content checks with ImageIO and PDFBox, page normalisation, PDF assembly. */
@NullMarked
package mx.ventanilla.scans.infrastructure;

import org.jspecify.annotations.NullMarked;
