package mx.ventanilla.scans;

import java.time.ZoneId;

import io.helidon.config.Config;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.receipts.infrastructure.PdfReceiptRenderer;
import mx.ventanilla.receipts.model.ReceiptLookup;
import mx.ventanilla.receipts.model.ReceiptRenderer;
import mx.ventanilla.receipts.web.ReceiptDownloads;
import mx.ventanilla.scans.infrastructure.ObjectStorageDigitiser;
import mx.ventanilla.scans.model.Digitiser;
import mx.ventanilla.scans.model.ScanLimits;
import mx.ventanilla.storage.ObjectStorage;

/**
 * Digitisation and receipts, wired from the {@code ventanilla.scans} settings and the institution's time zone. The
 * correspondence feature takes its {@link #digitiser()} and {@link #receipts()}.
 */
public final class ScansFeature {

    private final Digitiser digitiser;
    private final ReceiptRenderer receipts;
    private final ScanLimits limits;

    private ScansFeature(Digitiser digitiser, ReceiptRenderer receipts, ScanLimits limits) {
        this.digitiser = digitiser;
        this.receipts = receipts;
        this.limits = limits;
    }

    /** Built from the {@code ventanilla} configuration node; receipts show dates in the institution's zone. */
    public static ScansFeature create(ObjectStorage storage, Config settings, ZoneId zone) {
        ScanLimits limits = limits(settings.get("scans"));
        return new ScansFeature(new ObjectStorageDigitiser(storage, limits), new PdfReceiptRenderer(zone), limits);
    }

    public Digitiser digitiser() {
        return digitiser;
    }

    public ReceiptRenderer receipts() {
        return receipts;
    }

    /**
     * The {@code GET /{id}/receipt.pdf} route to register at {@code /correspondence}; {@code lookup} decides what the
     * caller may see.
     */
    public ReceiptDownloads receiptDownloads(Authenticator authenticator, ReceiptLookup lookup) {
        return new ReceiptDownloads(authenticator, lookup, receipts);
    }

    public ScanLimits limits() {
        return limits;
    }

    static ScanLimits limits(Config scans) {
        ScanLimits defaults = ScanLimits.defaults();
        return new ScanLimits(
                scans.get("max-pages").asInt().orElse(defaults.maxPages()),
                scans.get("max-file-bytes").asLong().orElse(defaults.maxFileBytes()),
                scans.get("max-pixels").asLong().orElse(defaults.maxPixels()),
                scans.get("max-long-edge").asInt().orElse(defaults.maxLongEdge()),
                scans.get("thumbnail-long-edge").asInt().orElse(defaults.thumbnailLongEdge()),
                scans.get("jpeg-quality").asDouble().map(Double::floatValue).orElse(defaults.jpegQuality()));
    }
}
