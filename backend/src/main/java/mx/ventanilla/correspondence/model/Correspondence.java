package mx.ventanilla.correspondence.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import mx.ventanilla.scans.model.ScanSet;

/**
 * A registered document ("correspondencia") with its folio, classification and audience. Changes return a new value
 * with the next {@code version}; storage accepts it only over the version it was read at.
 *
 * @param audiencePath the units (with their ancestors) whose members see the item: registering, addressee and turned-to
 * @param grants       for RESERVED items, the only users who see it
 * @param fingerprint  a digest of the registration input, to tell a retried registration from a different one
 */
public record Correspondence(String id, Folio folio, Direction direction, String documentType, LocalDate documentDate,
                             Instant receivedAt, Sender sender, String addresseeUnitId, String subject, String summary,
                             Priority priority, Confidentiality confidentiality, Set<String> grants,
                             String archivalSeries, List<String> references, Actor registeredBy,
                             String registeredUnitId, List<String> audiencePath, CorrespondenceStatus status,
                             Optional<ScanSet> scans, Optional<String> idempotencyKey, String fingerprint,
                             Optional<ArchiveRecord> archive, long version, Instant createdAt, Instant updatedAt) {

    public Correspondence {
        grants = Set.copyOf(grants);
        references = List.copyOf(references);
        audiencePath = List.copyOf(audiencePath);
    }

    public boolean isReserved() {
        return confidentiality == Confidentiality.RESERVED;
    }

    /** With these units' paths added to the audience and these users to the grants. */
    public Correspondence widenedTo(List<String> unitPath, Set<String> users, Instant at) {
        List<String> audience = Stream.concat(audiencePath.stream(), unitPath.stream()).distinct().toList();
        Set<String> granted = Stream.concat(grants.stream(), users.stream()).collect(Collectors.toSet());
        CorrespondenceStatus next = status == CorrespondenceStatus.REGISTERED ? CorrespondenceStatus.IN_PROCESS : status;
        return new Correspondence(id, folio, direction, documentType, documentDate, receivedAt, sender,
                addresseeUnitId, subject, summary, priority, confidentiality, granted, archivalSeries, references,
                registeredBy, registeredUnitId, audience, next, scans, idempotencyKey, fingerprint, archive,
                version + 1, createdAt, at);
    }

    /** With these users granted: a reserved item becomes visible to them. */
    public Correspondence grantedTo(Set<String> users, Instant at) {
        Set<String> granted = Stream.concat(grants.stream(), users.stream()).collect(Collectors.toSet());
        return new Correspondence(id, folio, direction, documentType, documentDate, receivedAt, sender,
                addresseeUnitId, subject, summary, priority, confidentiality, granted, archivalSeries, references,
                registeredBy, registeredUnitId, audiencePath, status, scans, idempotencyKey, fingerprint, archive,
                version + 1, createdAt, at);
    }

    /**
     * With its digitised pages replaced by a new set (pages added, or digitisation done). The version stays: scan
     * sets are written apart from the rest of the item ({@link CorrespondenceLedger#replaceScans}).
     */
    public Correspondence withScans(ScanSet set, Instant at) {
        return new Correspondence(id, folio, direction, documentType, documentDate, receivedAt, sender,
                addresseeUnitId, subject, summary, priority, confidentiality, grants, archivalSeries, references,
                registeredBy, registeredUnitId, audiencePath, status, Optional.of(set), idempotencyKey, fingerprint,
                archive, version, createdAt, at);
    }

    public Correspondence concluded(Instant at) {
        return new Correspondence(id, folio, direction, documentType, documentDate, receivedAt, sender,
                addresseeUnitId, subject, summary, priority, confidentiality, grants, archivalSeries, references,
                registeredBy, registeredUnitId, audiencePath, CorrespondenceStatus.CONCLUDED, scans, idempotencyKey,
                fingerprint, archive, version + 1, createdAt, at);
    }

    public Correspondence archived(ArchiveRecord record) {
        return new Correspondence(id, folio, direction, documentType, documentDate, receivedAt, sender,
                addresseeUnitId, subject, summary, priority, confidentiality, grants, record.archivalSeries(),
                references, registeredBy, registeredUnitId, audiencePath, CorrespondenceStatus.ARCHIVED, scans,
                idempotencyKey, fingerprint, Optional.of(record), version + 1, createdAt, record.archivedAt());
    }
}
