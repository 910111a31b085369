package mx.ventanilla.correspondence.application;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.calendar.application.InstitutionCalendar;
import mx.ventanilla.calendar.infrastructure.MongoHolidays;
import mx.ventanilla.calendar.model.TrafficLightPolicy;
import mx.ventanilla.correspondence.infrastructure.MongoCatalogues;
import mx.ventanilla.correspondence.infrastructure.MongoCorrespondence;
import mx.ventanilla.correspondence.infrastructure.SequenceFolioNumbers;
import mx.ventanilla.correspondence.model.Confidentiality;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.DigitisationQueue;
import mx.ventanilla.correspondence.model.Direction;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.Sender;
import mx.ventanilla.identity.infrastructure.MongoOrgUnits;
import mx.ventanilla.identity.infrastructure.MongoUsers;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.UnitKind;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.persistence.DeclaredIndexes;
import mx.ventanilla.platform.persistence.Migrations;
import mx.ventanilla.platform.persistence.MongoSettings;
import mx.ventanilla.platform.persistence.MongoStore;
import mx.ventanilla.platform.persistence.Sequences;
import mx.ventanilla.platform.persistence.Transactions;
import mx.ventanilla.scans.model.Digitiser;
import mx.ventanilla.scans.model.IncomingFile;
import mx.ventanilla.scans.model.ScanPage;
import mx.ventanilla.scans.model.ScanSet;
import mx.ventanilla.scans.model.ScanStatus;
import mx.ventanilla.scans.model.StoredFile;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scan path of registration, with a recording digitiser in place of the real one and the embedded store. */
class RegisteringWithScansTest {

    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    @TempDir
    Path dataDir;
    MongoStore mongo;
    MongoCorrespondence store;
    RecordingDigitiser digitiser = new RecordingDigitiser();
    CountingQueue queue = new CountingQueue();
    Principal officer = new Principal("u-officer", Principal.Kind.USER, "oficialia", Set.of(Role.OFFICER), "u-dcg",
            Set.of());

    @BeforeEach
    void openStore() {
        mongo = MongoStore.open(new MongoSettings(Optional.empty(), "scans-test", dataDir.resolve("mongo")));
        DeclaredIndexes.ensure(mongo.database(), MongoCorrespondence.INDEXES);
        Migrations.apply(mongo.database(), List.of(MongoCatalogues.defaults()));
        store = new MongoCorrespondence(mongo.database(), Transactions.of(mongo), new Sequences(mongo.database()));
        MongoOrgUnits units = new MongoOrgUnits(mongo.database());
        units.insert(new OrgUnit("u-dcg", "DCG", "Control de Gestión", UnitKind.DIRECTION, Optional.empty(),
                List.of(), true));
    }

    @AfterEach
    void closeStore() {
        mongo.close();
    }

    @Test
    void theStoredOriginalsAreRecordedOnTheItemAsPendingAndTheWorkersAreTold() {
        Correspondence item = registering(Optional.of(digitiser)).register(officer, registration(), pages());

        Correspondence stored = store.findById(item.id()).orElseThrow();
        assertThat(stored.scans()).isPresent();
        assertThat(stored.scans().get().status()).isEqualTo(ScanStatus.PENDING);
        assertThat(stored.scans().get().pdf()).isEmpty();
        assertThat(stored.scans().get().pages()).extracting(page -> page.original().sha256())
                .containsExactly("sha-page-1", "sha-page-2");
        assertThat(store.withPendingScans(10)).containsExactly(item.id());
        assertThat(digitiser.discarded).isEmpty();
        assertThat(queue.announcements).isEqualTo(1);
    }

    @Test
    void storedFilesAreDiscardedWhenTheWriteFails() {
        int year = LocalDate.now(ZONE).getYear();
        mongo.database().getCollection(MongoCorrespondence.ITEMS).insertOne(new Document("_id", "squatter")
                .append("folio", "DCG-" + year + "-000001").append("idempotencyScope", "-/squatter"));

        assertThatThrownBy(() -> registering(Optional.of(digitiser)).register(officer, registration(), pages()))
                .isInstanceOf(RuntimeException.class);

        assertThat(digitiser.discarded).containsExactlyInAnyOrderElementsOf(digitiser.stored);
        assertThat(queue.announcements).isZero();
        assertThat(mongo.database().getCollection(MongoCorrespondence.TIMELINE).countDocuments()).isZero();
        assertThat(mongo.database().getCollection(MongoCorrespondence.OUTBOX).countDocuments()).isZero();
        assertThat(mongo.database().getCollection(MongoCorrespondence.ITEMS).countDocuments()).isEqualTo(1);
    }

    @Test
    void pagesAreRefusedWithoutADigitiser() {
        assertThatThrownBy(() -> registering(Optional.empty()).register(officer, registration(), pages()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Digitisation is not configured");
        assertThat(mongo.database().getCollection(MongoCorrespondence.ITEMS).countDocuments()).isZero();
    }

    private RegisteringCorrespondence registering(Optional<Digitiser> withDigitiser) {
        MongoOrgUnits units = new MongoOrgUnits(mongo.database());
        MongoUsers users = new MongoUsers(mongo.database(), units);
        InstitutionCalendar calendar = new InstitutionCalendar(new MongoHolidays(mongo.database()), ZONE,
                TrafficLightPolicy.defaults(), Clock.systemUTC());
        return new RegisteringCorrespondence(store, store, new MongoCatalogues(mongo.database()),
                new SequenceFolioNumbers(new Sequences(mongo.database())), units, users,
                new TurnPlanner(units, users, calendar), calendar, withDigitiser, queue, Clock.systemUTC());
    }

    private static Registration registration() {
        return new Registration(Direction.INCOMING, "OFICIO", LocalDate.now(ZONE).minusDays(1),
                Instant.now().minusSeconds(60), new Sender(Sender.Kind.CITIZEN, "Juan Pérez", Optional.empty(),
                Optional.empty(), Optional.empty()), "u-dcg", "Solicitud de vivienda", Optional.empty(),
                Priority.NORMAL, Confidentiality.PUBLIC, "2C.5", List.of(), List.of(), List.of(), Optional.empty());
    }

    private static List<IncomingFile> pages() {
        return List.of(page("p1.jpg"), page("p2.jpg"));
    }

    private static IncomingFile page(String name) {
        return new IncomingFile(name, 3, () -> new ByteArrayInputStream(new byte[] {1, 2, 3}));
    }

    /** Counts announcements instead of waking workers. */
    static final class CountingQueue implements DigitisationQueue {
        int announcements;

        @Override
        public boolean claim(String correspondenceId, Duration lease) {
            return false;
        }

        @Override
        public void release(String correspondenceId) {
        }

        @Override
        public void announce() {
            announcements++;
        }
    }

    /** Records what it stores and discards instead of touching object storage. */
    static final class RecordingDigitiser implements Digitiser {
        final List<StoredFile> stored = new ArrayList<>();
        final List<StoredFile> discarded = new ArrayList<>();

        @Override
        public ScanSet accept(List<IncomingFile> pages) {
            List<ScanPage> scanPages = new ArrayList<>();
            for (int i = 1; i <= pages.size(); i++) {
                scanPages.add(ScanPage.pending(file("page-" + i, "sha-page-" + i), 800, 1000));
            }
            ScanSet set = ScanSet.pending(scanPages);
            stored.addAll(set.files());
            return set;
        }

        @Override
        public ScanSet acceptMore(ScanSet earlier, List<IncomingFile> pages) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public ScanSet complete(ScanSet pending) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public List<StoredFile> storeAttachments(List<IncomingFile> files) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public void discard(List<StoredFile> files) {
            discarded.addAll(files);
        }

        @Override
        public URI temporaryUrl(StoredFile file, Duration validity) {
            return URI.create("http://storage.invalid/" + file.key());
        }

        private static StoredFile file(String key, String sha) {
            return new StoredFile(key, 3, sha, "application/pdf", key);
        }
    }
}
