package mx.ventanilla.receipts.model;

/** Renders an acuse de recibo as a printable one-page PDF (port). */
@FunctionalInterface
public interface ReceiptRenderer {

    /** The receipt as the bytes of a PDF document. */
    byte[] render(ReceiptContent content);
}
