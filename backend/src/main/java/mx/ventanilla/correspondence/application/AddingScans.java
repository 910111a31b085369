package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceEvent;
import mx.ventanilla.correspondence.model.CorrespondenceLedger;
import mx.ventanilla.correspondence.model.DigitisationQueue;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.scans.model.Digitiser;
import mx.ventanilla.scans.model.IncomingFile;
import mx.ventanilla.scans.model.ScanSet;
import mx.ventanilla.scans.model.StoredFile;

/**
 * Adds pages to a registered item after the fact (a missing annex, a page photographed again). The new pages'
 * originals are stored and the item gets a new PENDING scan set with its earlier pages first; the worker
 * ({@link DigitisingScans}) assembles the one PDF anew. The previous PDF and thumbnails are deleted once the item
 * points at the new set, and the new originals are deleted if that write fails.
 */
public final class AddingScans {

    private final CorrespondenceLedger ledger;
    private final CorrespondenceAccess access;
    private final Optional<Digitiser> digitiser;
    private final DigitisationQueue queue;
    private final Clock clock;

    public AddingScans(CorrespondenceLedger ledger, CorrespondenceAccess access, Optional<Digitiser> digitiser,
                       DigitisationQueue queue, Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.digitiser = digitiser;
        this.queue = queue;
        this.clock = clock;
    }

    public Correspondence addScans(Principal caller, String correspondenceId, List<IncomingFile> pages,
                                   Optional<Integer> expectedVersion) {
        if (pages.isEmpty()) {
            throw new InvalidInputException("pages", "Send at least one page to add.");
        }
        Digitiser pipeline = digitiser.orElseThrow(() -> new InvalidInputException("pages",
                "Digitisation is not configured on this server, so pages cannot be added."));
        requireRegistryRole(caller);
        Correspondence item = access.changeableItem(caller, correspondenceId);
        if (expectedVersion.isPresent() && expectedVersion.get() != item.version()) {
            throw new ConflictException("Item " + item.folio() + " changed since you read it (version "
                    + item.version() + "); reload it and try again.");
        }
        ScanSet set = item.scans().map(earlier -> pipeline.acceptMore(earlier, pages))
                .orElseGet(() -> pipeline.accept(pages));
        return replaceScans(caller, item, set, pages.size(), pipeline);
    }

    private Correspondence replaceScans(Principal caller, Correspondence item, ScanSet set, int added,
                                        Digitiser pipeline) {
        Instant now = clock.instant();
        CorrespondenceEvent event = new CorrespondenceEvent.ScansAdded(item.id(), now,
                new Actor(caller.subjectId(), caller.name()), added, set.pages().size());
        try {
            ledger.replaceScans(item, set, event);
        } catch (RuntimeException failure) {
            List<String> kept = item.scans().map(ScanSet::originals).orElse(List.of()).stream()
                    .map(StoredFile::key).toList();
            pipeline.discard(set.originals().stream().filter(file -> !kept.contains(file.key())).toList());
            throw failure;
        }
        item.scans().ifPresent(previous -> pipeline.discard(previous.derivedFiles()));
        queue.announce();
        return item.withScans(set, now);
    }

    private static void requireRegistryRole(Principal caller) {
        if (!caller.hasAnyRole(Role.OFFICER, Role.MANAGER, Role.ADMIN)) {
            throw new ForbiddenException("Only registry officers, managers and administrators add pages.");
        }
    }
}
