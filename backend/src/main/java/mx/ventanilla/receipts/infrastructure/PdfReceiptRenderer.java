package mx.ventanilla.receipts.infrastructure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import mx.ventanilla.receipts.model.ReceiptContent;
import mx.ventanilla.receipts.model.ReceiptRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The acuse de recibo as a US-letter PDF: the institution, the Spanish labels and values, and a QR code with the
 * tracking reference (or URL). Standard PDF fonts are used, so nothing is embedded; characters their WinAnsi encoding
 * lacks (accented letters, ñ and ü are all there) are printed as {@code ?} rather than failing the receipt.
 */
public final class PdfReceiptRenderer implements ReceiptRenderer {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final float MARGIN = 64f;
    private static final float QR_SIZE = 144f;
    private static final float LABEL_WIDTH = 170f;
    private static final float LINE = 16f;

    private final DateTimeFormatter dateFormat;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** Renders dates in the given time zone, the institution's. */
    public PdfReceiptRenderer(ZoneId zone) {
        this.dateFormat = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm 'h'", SPANISH).withZone(zone);
    }

    @Override
    public byte[] render(ReceiptContent content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            PDImageXObject qr = LosslessFactory.createFromImage(document, qrImage(content.qrText()));
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                write(stream, page.getMediaBox(), content, qr);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the receipt of " + content.folio(), e);
        }
    }

    private void write(PDPageContentStream stream, PDRectangle box, ReceiptContent content, PDImageXObject qr)
            throws IOException {
        float width = box.getWidth() - 2 * MARGIN;
        float y = box.getHeight() - MARGIN;
        y = text(stream, bold, 13, MARGIN, y, content.institutionName(), width);
        y = text(stream, bold, 20, MARGIN, y - 12, "Acuse de recibo", width);
        y -= 16;
        for (Map.Entry<String, String> field : fields(content)) {
            float belowLabel = text(stream, bold, 11, MARGIN, y, field.getKey(), LABEL_WIDTH - 8);
            float belowValue = text(stream, regular, 11, MARGIN + LABEL_WIDTH, y, field.getValue(), width - LABEL_WIDTH);
            y = Math.min(belowLabel, belowValue) - 6;
        }
        float qrTop = y - 12;
        stream.drawImage(qr, MARGIN, qrTop - QR_SIZE, QR_SIZE, QR_SIZE);
        text(stream, regular, 9, MARGIN + QR_SIZE + 16, qrTop - 12, "Conserve este acuse. Con la referencia de "
                + "seguimiento o con el código QR puede consultar el estado de su documento.", width - QR_SIZE - 16);
    }

    private List<Map.Entry<String, String>> fields(ReceiptContent content) {
        return List.of(
                Map.entry("Folio", content.folio()),
                Map.entry("Fecha de recepción", dateFormat.format(content.registeredAt())),
                Map.entry("Remitente", content.sender()),
                Map.entry("Asunto", content.subject()),
                Map.entry("Dirigido a", content.addresseeUnit()),
                Map.entry("Referencia de seguimiento", content.trackingReference()));
    }

    /** Writes wrapped text from {@code y} down and returns the baseline below the last line. */
    private float text(PDPageContentStream stream, PDType1Font font, float size, float x, float y, String text,
                       float width) throws IOException {
        float baseline = y;
        for (String line : wrap(font, size, printable(font, text), width)) {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline - size);
            stream.showText(line);
            stream.endText();
            baseline -= Math.max(LINE, size * 1.3f);
        }
        return baseline;
    }

    private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with every character the font cannot encode replaced by {@code ?}, and control characters by spaces. */
    static String printable(PDType1Font font, String text) {
        StringBuilder result = new StringBuilder();
        text.codePoints().forEach(codePoint -> result.append(printable(font, codePoint)));
        return result.toString();
    }

    private static String printable(PDType1Font font, int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            return " ";
        }
        String character = Character.toString(codePoint);
        try {
            font.encode(character);
            return character;
        } catch (IOException | IllegalArgumentException e) {
            return "?";
        }
    }

    private static BufferedImage qrImage(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 4,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
            return toImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The tracking reference is too long for a QR code: " + text, e);
        }
    }

    private static BufferedImage toImage(BitMatrix matrix) {
        int scale = 8;
        BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
