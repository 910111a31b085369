package mx.ventanilla.receipts.infrastructure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import mx.ventanilla.receipts.model.ReceiptContent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReceiptRendererTest {

    private final PdfReceiptRenderer renderer = new PdfReceiptRenderer(ZoneId.of("America/Mexico_City"));

    private final ReceiptContent content = new ReceiptContent("Instituto de Investigación y Fomento",
            "DCG-2026-000123", Instant.parse("2026-03-02T17:05:00Z"),
            "María José Núñez Peña, Asociación Ñandú de Pingüinos", "Solicitud de información sobre el trámite",
            "Dirección de Atención Ciudadana", "7K3M-Q9XA", Optional.empty());

    @Test
    void receiptStatesFolioDateSenderAndSubjectInSpanishWithAccents() throws IOException {
        String text = text(renderer.render(content));

        assertThat(text).contains("Acuse de recibo", "Instituto de Investigación y Fomento",
                "Folio", "DCG-2026-000123",
                "Fecha de recepción", "2 de marzo de 2026, 11:05 h",
                "Remitente", "María José Núñez Peña, Asociación Ñandú de Pingüinos",
                "Asunto", "Solicitud de información sobre el trámite",
                "Dirigido a", "Dirección de Atención Ciudadana",
                "Referencia de seguimiento", "7K3M-Q9XA");
    }

    @Test
    void qrCodeHoldsTheTrackingReference() throws Exception {
        assertThat(qrText(renderer.render(content))).isEqualTo("7K3M-Q9XA");
    }

    @Test
    void qrCodeHoldsTheTrackingUrlWhenThereIsOne() throws Exception {
        ReceiptContent withUrl = new ReceiptContent(content.institutionName(), content.folio(),
                content.registeredAt(), content.sender(), content.subject(), content.addresseeUnit(),
                content.trackingReference(), Optional.of(URI.create("https://ventanilla.example.gob.mx/s/7K3M-Q9XA")));

        assertThat(qrText(renderer.render(withUrl))).isEqualTo("https://ventanilla.example.gob.mx/s/7K3M-Q9XA");
    }

    @Test
    void charactersOutsideTheStandardFontAreReplacedInsteadOfFailing() throws IOException {
        ReceiptContent exotic = new ReceiptContent("Instituto", "DG-2026-000001", content.registeredAt(),
                "Ciudadano 市民", "Asunto → con flecha", "DG", "REF-1", Optional.empty());

        String text = text(renderer.render(exotic));

        assertThat(text).contains("Ciudadano ??", "Asunto ? con flecha");
    }

    @Test
    void longSubjectIsWrappedWithinThePage() throws IOException {
        String subject = "Solicitud ".repeat(40).strip();
        ReceiptContent longOne = new ReceiptContent("Instituto", "DG-2026-000002", content.registeredAt(),
                "Remitente", subject, "DG", "REF-2", Optional.empty());

        String text = text(renderer.render(longOne));

        assertThat(text.lines().filter(line -> line.contains("Solicitud")).count()).isGreaterThan(1);
        assertThat(text.replaceAll("\\s+", " ")).contains(subject);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }

    private static String qrText(byte[] pdf) throws Exception {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        LuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
