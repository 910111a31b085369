package mx.ventanilla.correspondence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import mx.ventanilla.calendar.application.InstitutionCalendar;
import mx.ventanilla.correspondence.application.AddingScans;
import mx.ventanilla.correspondence.application.AdministeringCatalogues;
import mx.ventanilla.correspondence.application.AttendingTurn;
import mx.ventanilla.correspondence.application.ConcludingCorrespondence;
import mx.ventanilla.correspondence.application.CorrespondenceAccess;
import mx.ventanilla.correspondence.application.DigitisingScans;
import mx.ventanilla.correspondence.application.EvaluatingResponse;
import mx.ventanilla.correspondence.application.GrantingAccess;
import mx.ventanilla.correspondence.application.PendingDecisions;
import mx.ventanilla.correspondence.application.PreparingReceipt;
import mx.ventanilla.correspondence.application.ReadingCorrespondence;
import mx.ventanilla.correspondence.application.RegisteringCorrespondence;
import mx.ventanilla.correspondence.application.TurnPlanner;
import mx.ventanilla.correspondence.application.TurningCorrespondence;
import mx.ventanilla.correspondence.graphql.CorrespondenceGraphQl;
import mx.ventanilla.correspondence.graphql.DecisionsGraphQl;
import mx.ventanilla.correspondence.infrastructure.DigitisationWorkers;
import mx.ventanilla.correspondence.infrastructure.MongoCatalogues;
import mx.ventanilla.correspondence.infrastructure.MongoCorrespondence;
import mx.ventanilla.correspondence.infrastructure.MongoDecisionCandidates;
import mx.ventanilla.correspondence.infrastructure.MongoDigitisationQueue;
import mx.ventanilla.correspondence.infrastructure.SequenceFolioNumbers;
import mx.ventanilla.correspondence.model.ScanRetention;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.persistence.DeclaredIndexes;
import mx.ventanilla.platform.persistence.Migrations;
import mx.ventanilla.platform.persistence.MongoStore;
import mx.ventanilla.platform.persistence.Sequences;
import mx.ventanilla.platform.persistence.Transactions;
import mx.ventanilla.receipts.model.ReceiptLookup;
import mx.ventanilla.scans.model.Digitiser;

/**
 * Correspondence and turns, wired: indexes and default catalogues ensured at start, the MongoDB adapters, the use
 * cases and the API module. Digitisation and retention locks are optional ports: without a {@link Digitiser},
 * registrations with pages and responses with attachments are refused with a clear message.
 */
public final class CorrespondenceFeature {

    private final GraphQlModule graphQl;
    private final ReceiptLookup receipts;
    private final ReadingCorrespondence reading;
    private final GraphQlModule decisionsGraphQl;
    private final DigitisationWorkers workers;

    private CorrespondenceFeature(GraphQlModule graphQl, ReceiptLookup receipts, ReadingCorrespondence reading,
                                  GraphQlModule decisionsGraphQl, DigitisationWorkers workers) {
        this.graphQl = graphQl;
        this.receipts = receipts;
        this.reading = reading;
        this.decisionsGraphQl = decisionsGraphQl;
        this.workers = workers;
    }

    public static CorrespondenceFeature start(MongoStore mongo, OrgUnits units, Users users,
                                              InstitutionCalendar calendar, Optional<Digitiser> digitiser,
                                              DigitisationSettings digitisation, Optional<ScanRetention> retention,
                                              String institutionName, Clock clock) {
        DeclaredIndexes.ensure(mongo.database(), MongoCorrespondence.INDEXES);
        DeclaredIndexes.ensure(mongo.database(), MongoDecisionCandidates.INDEXES);
        Migrations.apply(mongo.database(), List.of(MongoCatalogues.defaults()));
        MongoCorrespondence store = new MongoCorrespondence(mongo.database(), Transactions.of(mongo),
                new Sequences(mongo.database()));
        MongoCatalogues catalogues = new MongoCatalogues(mongo.database());
        CorrespondenceAccess access = new CorrespondenceAccess(store, units);
        TurnPlanner planner = new TurnPlanner(units, users, calendar);
        AtomicReference<Runnable> wakeUp = new AtomicReference<>(() -> { });
        MongoDigitisationQueue queue = new MongoDigitisationQueue(mongo.database(), clock, () -> wakeUp.get().run());
        CorrespondenceGraphQl.CorrespondenceOperations operations = new CorrespondenceGraphQl.CorrespondenceOperations(
                new RegisteringCorrespondence(store, store, catalogues,
                        new SequenceFolioNumbers(new Sequences(mongo.database())), units, users, planner, calendar,
                        digitiser, queue, clock),
                new AddingScans(store, access, digitiser, queue, clock),
                new GrantingAccess(store, access, users, clock),
                new TurningCorrespondence(store, store, access, planner, clock),
                new AttendingTurn(store, store, access, digitiser, clock),
                new EvaluatingResponse(store, access, clock),
                new ConcludingCorrespondence(store, store, access, catalogues, calendar, retention, clock),
                new ReadingCorrespondence(store, access, calendar, digitiser),
                new AdministeringCatalogues(catalogues));
        DigitisationWorkers workers = digitiser.map(pipeline -> startWorkers(digitisation,
                new DigitisingScans(store, store, pipeline, queue, digitisation.lease(), clock)))
                .orElseGet(() -> DigitisationWorkers.start(0, digitisation.pollInterval(), () -> false));
        wakeUp.set(workers::wakeUp);
        return new CorrespondenceFeature(new CorrespondenceGraphQl(operations, units),
                new PreparingReceipt(access, units, institutionName), operations.reading(),
                new DecisionsGraphQl(new PendingDecisions(new MongoDecisionCandidates(mongo.database()), access)),
                workers);
    }

    private static DigitisationWorkers startWorkers(DigitisationSettings settings, DigitisingScans digitising) {
        return DigitisationWorkers.start(settings.workers(), settings.pollInterval(), digitising::digitiseNext);
    }

    /** The background digitisation, to stop before the stores it writes to are closed. */
    public AutoCloseable digitisation() {
        return workers;
    }

    public GraphQlModule graphQl() {
        return graphQl;
    }

    /** The lists of what awaits a manager's or issuer's decision. */
    public GraphQlModule decisionsGraphQl() {
        return decisionsGraphQl;
    }

    /** Reading items and turns with the caller's visibility applied, for lists other features compose. */
    public ReadingCorrespondence reading() {
        return reading;
    }

    /** What a visible item's receipt states, for the receipt download. */
    public ReceiptLookup receipts() {
        return receipts;
    }
}
