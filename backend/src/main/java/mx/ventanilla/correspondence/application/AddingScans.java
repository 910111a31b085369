package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.Changes;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceEvent;
import mx.ventanilla.correspondence.model.CorrespondenceLedger;
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
 * Adds pages to a registered item after the fact (a missing annex, a page photographed again). The item keeps one
 * PDF: its original pages, read back untouched, and the new ones are assembled anew; the previous set's objects are
 * deleted once the item points at the new one, and the new set's objects are deleted if that write fails.
 */
public final class AddingScans {

    private final CorrespondenceLedger ledger;
    private final CorrespondenceAccess access;
    private final Optional<Digitiser> digitiser;
    private final Clock clock;

    public AddingScans(CorrespondenceLedger ledger, CorrespondenceAccess access, Optional<Digitiser> digitiser,
                       Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.digitiser = digitiser;
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
        List<IncomingFile> all = new ArrayList<>(originalsOf(item, pipeline));
        all.addAll(pages);
        ScanSet set = pipeline.digitise(all);
        return replaceScans(caller, item, set, pages.size(), pipeline);
    }

    private Correspondence replaceScans(Principal caller, Correspondence item, ScanSet set, int added,
                                        Digitiser pipeline) {
        Instant now = clock.instant();
        Correspondence changed = item.withScans(set, now);
        CorrespondenceEvent event = new CorrespondenceEvent.ScansAdded(item.id(), now,
                new Actor(caller.subjectId(), caller.name()), added, set.pages().size());
        try {
            ledger.commit(new Changes(Optional.empty(), Optional.of(changed), List.of(), List.of(), List.of(event)));
        } catch (RuntimeException failure) {
            pipeline.discard(set.files());
            throw failure;
        }
        item.scans().ifPresent(previous -> pipeline.discard(previous.files()));
        return changed;
    }

    /** Each original once, in page order: every page of a PDF sent as one file shares that file. */
    private static List<IncomingFile> originalsOf(Correspondence item, Digitiser pipeline) {
        Map<String, StoredFile> originals = new LinkedHashMap<>();
        item.scans().ifPresent(set -> set.pages().forEach(page -> originals.putIfAbsent(page.original().key(),
                page.original())));
        return originals.values().stream().map(pipeline::reopen).toList();
    }

    private static void requireRegistryRole(Principal caller) {
        if (!caller.hasAnyRole(Role.OFFICER, Role.MANAGER, Role.ADMIN)) {
            throw new ForbiddenException("Only registry officers, managers and administrators add pages.");
        }
    }
}
