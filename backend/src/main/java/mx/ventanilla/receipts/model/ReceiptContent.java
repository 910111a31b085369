package mx.ventanilla.receipts.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an acuse de recibo states: which document was received, when, from whom and for whom, and how its sender can
 * follow it.
 *
 * @param institutionName   the receiving institution, printed as the heading
 * @param folio             the document's folio, e.g. {@code DG-2026-000123}
 * @param registeredAt      when it was received (printed in the institution's time zone)
 * @param sender            who sent it, as it should be printed (name, and organisation where there is one)
 * @param subject           the one-line subject
 * @param addresseeUnit     the name of the unit it is addressed to
 * @param trackingReference the reference the sender quotes to follow the document
 * @param trackingUrl       where the document can be followed; when present the QR code holds it, else the reference
 */
public record ReceiptContent(String institutionName, String folio, Instant registeredAt, String sender,
                             String subject, String addresseeUnit, String trackingReference,
                             Optional<URI> trackingUrl) {

    public ReceiptContent {
        Objects.requireNonNull(institutionName, "institutionName");
        Objects.requireNonNull(folio, "folio");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(addresseeUnit, "addresseeUnit");
        Objects.requireNonNull(trackingReference, "trackingReference");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
    }

    /** What the QR code encodes: the tracking URL when there is one, otherwise the tracking reference. */
    public String qrText() {
        return trackingUrl.map(URI::toString).orElse(trackingReference);
    }
}
