package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import mx.ventanilla.calendar.application.InstitutionCalendar;
import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.Catalogues;
import mx.ventanilla.correspondence.model.Changes;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceEvent;
import mx.ventanilla.correspondence.model.CorrespondenceLedger;
import mx.ventanilla.correspondence.model.CorrespondenceStatus;
import mx.ventanilla.correspondence.model.DigitisationQueue;
import mx.ventanilla.correspondence.model.Correspondences;
import mx.ventanilla.correspondence.model.Folio;
import mx.ventanilla.correspondence.model.FolioNumbers;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.scans.model.Digitiser;
import mx.ventanilla.scans.model.IncomingFile;
import mx.ventanilla.scans.model.ScanSet;

/**
 * The registry desk registers a document: every field checked first, then a folio drawn from the registering unit's
 * sequence of the year (in the institution's time zone), the pages' originals stored (their PDF and thumbnails are
 * made in the background, {@link DigitisingScans}), and the item, its proposed turns and
 * their events written together. With an idempotency key a retried registration returns the first item.
 */
public final class RegisteringCorrespondence {

    static final int MAX_SUBJECT = 300;
    static final int MAX_SUMMARY = 4000;
    private static final int MAX_KEY = 100;
    private static final int MAX_REFERENCES = 20;
    private static final int MAX_TURNS = 20;
    private static final int MAX_GRANTS = 50;
    private static final int MAX_PAGES = 100;
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final Correspondences store;
    private final CorrespondenceLedger ledger;
    private final Catalogues catalogues;
    private final FolioNumbers folios;
    private final OrgUnits units;
    private final Users users;
    private final CorrespondenceAccess access;
    private final TurnPlanner planner;
    private final InstitutionCalendar calendar;
    private final Optional<Digitiser> digitiser;
    private final DigitisationQueue queue;
    private final Clock clock;

    public RegisteringCorrespondence(Correspondences store, CorrespondenceLedger ledger, Catalogues catalogues,
                                     FolioNumbers folios, OrgUnits units, Users users, TurnPlanner planner,
                                     InstitutionCalendar calendar, Optional<Digitiser> digitiser,
                                     DigitisationQueue queue, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.catalogues = catalogues;
        this.folios = folios;
        this.units = units;
        this.users = users;
        this.access = new CorrespondenceAccess(store, units);
        this.planner = planner;
        this.calendar = calendar;
        this.digitiser = digitiser;
        this.queue = queue;
        this.clock = clock;
    }

    public Correspondence register(Principal caller, Registration registration, List<IncomingFile> pages) {
        AccessPolicy.requireWriter(caller);
        if (!caller.hasAnyRole(Role.OFFICER, Role.ADMIN)) {
            throw new ForbiddenException("Only the registry desk (role OFFICER) registers correspondence.");
        }
        String fingerprint = registration.fingerprint();
        Optional<String> key = registration.idempotencyKey().map(RegisteringCorrespondence::checkedKey);
        Optional<Correspondence> earlier = key.flatMap(k -> store.findByIdempotencyKey(caller.subjectId(), k));
        if (earlier.isPresent()) {
            return sameRegistration(earlier.get(), fingerprint);
        }
        Draft draft = check(caller, registration, pages);
        try {
            return write(caller, registration, draft, key, fingerprint, pages);
        } catch (CorrespondenceLedger.IdempotencyKeyTaken e) {
            return sameRegistration(store.findByIdempotencyKey(caller.subjectId(), key.orElseThrow()).orElseThrow(),
                    fingerprint);
        }
    }

    private Correspondence write(Principal caller, Registration registration, Draft draft, Optional<String> key,
                                 String fingerprint, List<IncomingFile> pages) {
        Instant now = clock.instant();
        Folio folio = new Folio(draft.registering().code(), calendar.today().getYear(),
                folios.next(draft.registering().code(), calendar.today().getYear()));
        Optional<ScanSet> scans = pages.isEmpty() ? Optional.empty() : Optional.of(digitiser.orElseThrow()
                .accept(pages));
        Actor officer = new Actor(caller.subjectId(), caller.name());
        Correspondence item = new Correspondence(UUID.randomUUID().toString(), folio, registration.direction(),
                registration.documentType(), registration.documentDate(), registration.receivedAt(),
                registration.sender(), draft.addressee().id(), draft.subject(), draft.summary(),
                registration.priority(), registration.confidentiality(), draft.grants(),
                registration.archivalSeries(), draft.references(), officer, draft.registering().id(),
                Stream.concat(draft.registering().path().stream(), draft.addressee().path().stream()).distinct()
                        .toList(), CorrespondenceStatus.REGISTERED, scans, key, fingerprint, Optional.empty(), 0, now,
                now);
        List<Turn> proposed = registration.proposedTurns().stream()
                .map(request -> planner.plan(item, request, Optional.empty(), officer, draft.registering().id(),
                        TurnState.PROPOSED, now))
                .toList();
        List<CorrespondenceEvent> events = new ArrayList<>();
        events.add(new CorrespondenceEvent.Registered(item.id(), now, officer, folio.toString()));
        proposed.forEach(turn -> events.add(new CorrespondenceEvent.TurnProposed(item.id(), Optional.of(turn.id()),
                now, officer, turn.recipientUnitId())));
        try {
            ledger.commit(new Changes(Optional.of(item), Optional.empty(), proposed, List.of(), events));
        } catch (RuntimeException failure) {
            scans.ifPresent(set -> digitiser.orElseThrow().discard(set.files()));
            throw failure;
        }
        scans.ifPresent(set -> queue.announce());
        return item;
    }

    private Draft check(Principal caller, Registration registration, List<IncomingFile> pages) {
        Map<String, OrgUnit> activeUnits = activeUnits(caller.unitId(), registration.addresseeUnitId());
        OrgUnit registering = Optional.ofNullable(activeUnits.get(caller.unitId()))
                .orElseThrow(() -> new ForbiddenException("Your unit is not active; it cannot register documents."));
        OrgUnit addressee = Optional.ofNullable(activeUnits.get(registration.addresseeUnitId()))
                .orElseThrow(() -> new InvalidInputException("addresseeUnitId",
                        "There is no active unit " + registration.addresseeUnitId() + " to address the item to."));
        String subject = Texts.required("subject", registration.subject(), MAX_SUBJECT);
        String summary = Texts.optional("summary", registration.summary(), MAX_SUMMARY);
        checkSender(registration);
        checkDates(registration);
        checkCatalogues(registration);
        checkPages(pages);
        List<String> references = references(caller, registration.references());
        Set<String> grants = grants(caller, registration, addressee);
        Correspondence probe = probe(registration, addressee, subject);
        registration.proposedTurns().forEach(request -> planner.plan(probe, request, Optional.empty(),
                new Actor(caller.subjectId(), caller.name()), registering.id(), TurnState.PROPOSED,
                clock.instant()));
        if (registration.proposedTurns().size() > MAX_TURNS) {
            throw new InvalidInputException("proposedTurns", "At most " + MAX_TURNS + " turns can be proposed.");
        }
        return new Draft(registering, addressee, subject, summary, references, grants);
    }

    /** The registering and the addressed unit, read together, by id; inactive ones left out. */
    private Map<String, OrgUnit> activeUnits(String registeringId, String addresseeId) {
        return units.findAllById(Stream.of(registeringId, addresseeId).distinct().toList()).stream()
                .filter(OrgUnit::active).collect(Collectors.toMap(OrgUnit::id, unit -> unit));
    }

    private static void checkSender(Registration registration) {
        Texts.required("sender.name", registration.sender().name(), 200);
        Texts.optional("sender.organisation", registration.sender().organisation(), 200);
        Texts.optional("sender.position", registration.sender().position(), 200);
    }

    private void checkDates(Registration registration) {
        Instant now = clock.instant();
        if (registration.receivedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInputException("receivedAt", "The received date and time cannot be in the future.");
        }
        LocalDate receivedOn = registration.receivedAt().atZone(calendar.zone()).toLocalDate();
        if (registration.documentDate().isAfter(receivedOn)) {
            throw new InvalidInputException("documentDate",
                    "The document's date cannot be later than the day it was received (" + receivedOn + ").");
        }
        if (registration.documentDate().isBefore(LocalDate.of(1900, 1, 1))) {
            throw new InvalidInputException("documentDate", "The document's date must be after 1900.");
        }
    }

    private void checkCatalogues(Registration registration) {
        if (catalogues.documentType(registration.documentType()).isEmpty()) {
            throw new InvalidInputException("documentType", "'" + registration.documentType()
                    + "' is not in the document-type catalogue.");
        }
        if (catalogues.archivalSeries(registration.archivalSeries()).isEmpty()) {
            throw new InvalidInputException("archivalSeries", "'" + registration.archivalSeries()
                    + "' is not a series of the archival classification chart.");
        }
    }

    private void checkPages(List<IncomingFile> pages) {
        if (!pages.isEmpty() && digitiser.isEmpty()) {
            throw new InvalidInputException("pages",
                    "Digitisation is not configured on this server; register the item without pages.");
        }
        if (pages.size() > MAX_PAGES) {
            throw new InvalidInputException("pages", "At most " + MAX_PAGES + " pages per registration.");
        }
    }

    private List<String> references(Principal caller, List<String> given) {
        if (given.size() > MAX_REFERENCES) {
            throw new InvalidInputException("references", "At most " + MAX_REFERENCES + " references.");
        }
        List<String> folios = new ArrayList<>();
        for (String text : given) {
            Folio folio = Folio.parse(text);
            boolean visible = store.findByFolio(folio).filter(item -> CorrespondenceAccess.canSee(caller, item))
                    .isPresent();
            if (!visible) {
                throw new InvalidInputException("references", "There is no item with folio " + folio
                        + " that you can refer to.");
            }
            folios.add(folio.toString());
        }
        return folios.stream().distinct().toList();
    }

    private Set<String> grants(Principal caller, Registration registration, OrgUnit addressee) {
        if (registration.grantedUserIds().size() > MAX_GRANTS) {
            throw new InvalidInputException("grantedUserIds", "At most " + MAX_GRANTS + " users can be granted.");
        }
        Set<String> grants = new HashSet<>();
        grants.add(caller.subjectId());
        grants.addAll(planner.managersOf(addressee.id()));
        for (String userId : registration.grantedUserIds()) {
            users.findById(userId).filter(User::active).orElseThrow(() -> new InvalidInputException(
                    "grantedUserIds", "There is no active user " + userId + " to grant the item to."));
            grants.add(userId);
        }
        return grants;
    }

    private static Correspondence probe(Registration registration, OrgUnit addressee, String subject) {
        return new Correspondence("probe", new Folio("X", 2000, 1), registration.direction(),
                registration.documentType(), registration.documentDate(), registration.receivedAt(),
                registration.sender(), addressee.id(), subject, "", registration.priority(),
                registration.confidentiality(), Set.of(), registration.archivalSeries(), List.of(),
                new Actor("probe", "probe"), addressee.id(), List.of(), CorrespondenceStatus.REGISTERED,
                Optional.empty(), Optional.empty(), "", Optional.empty(), 0, Instant.EPOCH, Instant.EPOCH);
    }

    private static String checkedKey(String key) {
        String trimmed = key.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_KEY) {
            throw new InvalidInputException("idempotencyKey",
                    "An idempotency key has 1 to " + MAX_KEY + " characters.");
        }
        return trimmed;
    }

    private static Correspondence sameRegistration(Correspondence earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new ConflictException("This idempotency key was already used for a different registration ("
                    + earlier.folio() + "); use a new key for a new document.");
        }
        return earlier;
    }

    private record Draft(OrgUnit registering, OrgUnit addressee, String subject, String summary,
                         List<String> references, Set<String> grants) {
    }
}
