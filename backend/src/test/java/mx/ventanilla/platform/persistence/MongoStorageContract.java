package mx.ventanilla.platform.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import mx.ventanilla.audit.application.VerifyingAuditChain;
import mx.ventanilla.audit.infrastructure.MongoAuditTrail;
import mx.ventanilla.audit.model.AuditActor;
import mx.ventanilla.audit.model.AuditChainBreak;
import mx.ventanilla.audit.model.AuditChainVerification;
import mx.ventanilla.audit.model.AuditEvent;
import mx.ventanilla.audit.model.AuditEventQuery;
import mx.ventanilla.audit.model.AuditFacts;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ConflictException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the persistence plumbing and the audit trail must do on every MongoDB the backend can run on: the embedded
 * server ({@link EmbeddedMongoStorageIT}) and a real replica set ({@link MongoReplicaSetIT}). Each test works in a
 * database of its own on the subclass's store.
 */
abstract class MongoStorageContract {

    static final MigrationOptions QUICK = new MigrationOptions(Duration.ofSeconds(2), Duration.ofSeconds(20),
            Duration.ofMillis(20));
    static final Principal AUDITOR = new Principal("aud-1", Principal.Kind.USER, "ana.auditora",
            Set.of(Role.AUDITOR), "unit-oic", Set.of());

    MongoDatabase database;

    /** The store under test, open for the whole class. */
    abstract MongoStore store();

    @BeforeEach
    void useAFreshDatabase() {
        database = store().client().getDatabase("c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    // Sequences

    @Test
    void sequenceStartsAtOneAndCountsEachNameSeparately() {
        Sequences sequences = new Sequences(database);

        assertThat(sequences.next("folio:DG:2026")).isEqualTo(1);
        assertThat(sequences.next("folio:DG:2026")).isEqualTo(2);
        assertThat(sequences.next("folio:DJ:2026")).isEqualTo(1);
        assertThat(sequences.next("folio:DG:2026")).isEqualTo(3);
    }

    @Test
    void sixteenThreadsNeverGetTheSameValue() throws Exception {
        Sequences first = new Sequences(database);
        Sequences second = new Sequences(database);
        int threads = 16;
        int calls = 250;

        List<Long> values = inParallel(threads, thread -> () -> {
            Sequences sequences = thread % 2 == 0 ? first : second;
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                mine.add(sequences.next("folio:DG:2026"));
            }
            return mine;
        });

        assertThat(values).hasSize(threads * calls).doesNotHaveDuplicates();
        assertThat(values).allMatch(value -> value >= 1 && value <= threads * calls);
    }

    @Test
    void counterRecreatedAfterDeletionStartsAgainAndInvalidNamesAreRefused() {
        Sequences sequences = new Sequences(database);
        sequences.next("folio:DG:2026");
        database.getCollection(Sequences.COLLECTION).deleteMany(new Document());

        assertThat(sequences.next("folio:DG:2026")).isEqualTo(1);
        assertThatThrownBy(() -> sequences.next(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sequences.next("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
    }

    // Migrations

    @Test
    void migrationsApplyOnceInOrderAndAreRecorded() {
        List<Migration> migrations = List.of(effect("0001-a"), effect("0002-b"), effect("0003-c"));

        List<String> first = Migrations.on(database, QUICK).apply(migrations);
        List<String> second = Migrations.on(database, QUICK).apply(migrations);

        assertThat(first).containsExactly("0001-a", "0002-b", "0003-c");
        assertThat(second).isEmpty();
        assertThat(order()).containsExactly("0001-a", "0002-b", "0003-c");
        assertThat(runsOf("0001-a")).isEqualTo(1);
        List<AppliedMigration> applied = Migrations.applied(database);
        assertThat(applied).extracting(AppliedMigration::id).containsExactly("0001-a", "0002-b", "0003-c");
        assertThat(applied.getFirst().description()).isEqualTo("Counts a run of 0001-a");
        assertThat(applied.getFirst().appliedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(applied.getFirst().duration()).isGreaterThanOrEqualTo(Duration.ofMillis(5));
        assertThat(applied.getFirst().appliedBy()).isNotBlank();
        assertThat(database.getCollection(Migrations.LOCK_COLLECTION).countDocuments()).isZero();
    }

    @Test
    void migrationAddedLaterIsAppliedEvenWhenItSortsBeforeAppliedOnes() {
        Migrations.on(database, QUICK).apply(List.of(effect("0001-a"), effect("0003-c")));

        List<String> applied = Migrations.on(database, QUICK)
                .apply(List.of(effect("0001-a"), effect("0002-b"), effect("0003-c")));

        assertThat(applied).containsExactly("0002-b");
        assertThat(runsOf("0001-a")).isEqualTo(1);
    }

    @Test
    void concurrentRunnersApplyEachMigrationExactlyOnce() throws Exception {
        List<Migration> migrations = List.of(effect("0001-a"), effect("0002-b"), effect("0003-c"), effect("0004-d"));

        List<String> appliedByAnyone = inParallel(4, runner -> () -> Migrations.on(database, QUICK).apply(migrations));

        assertThat(appliedByAnyone).containsExactlyInAnyOrder("0001-a", "0002-b", "0003-c", "0004-d");
        assertThat(order()).containsExactly("0001-a", "0002-b", "0003-c", "0004-d");
        for (Migration migration : migrations) {
            assertThat(runsOf(migration.id())).as(migration.id()).isEqualTo(1);
        }
    }

    @Test
    void failingMigrationIsReportedNotRecordedAndStopsTheRun() {
        Migration failing = Migration.of("0002-broken", "Fails", db -> {
            throw new IllegalStateException("field 'x' has the wrong type");
        });
        List<Migration> migrations = List.of(effect("0001-a"), failing, effect("0003-c"));

        assertThatThrownBy(() -> Migrations.on(database, QUICK).apply(migrations))
                .isInstanceOfSatisfying(MigrationFailedException.class,
                        e -> assertThat(e.migrationId()).isEqualTo("0002-broken"))
                .hasMessageContaining("0002-broken")
                .hasMessageContaining("field 'x' has the wrong type")
                .hasMessageContaining("not recorded");

        assertThat(Migrations.applied(database)).extracting(AppliedMigration::id).containsExactly("0001-a");
        assertThat(runsOf("0003-c")).isZero();
        assertThat(database.getCollection(Migrations.LOCK_COLLECTION).countDocuments()).isZero();
        List<String> afterTheFix = Migrations.on(database, QUICK)
                .apply(List.of(effect("0001-a"), effect("0002-broken"), effect("0003-c")));
        assertThat(afterTheFix).containsExactly("0002-broken", "0003-c");
    }

    @Test
    void lockLeftByACrashedInstanceIsTakenOverOnceItExpires() {
        Instant past = Instant.now().minusSeconds(30);
        lockHeldBy("crashed-instance", past.minusSeconds(60), past);

        List<String> applied = Migrations.on(database, QUICK).apply(List.of(effect("0001-a")));

        assertThat(applied).containsExactly("0001-a");
        assertThat(database.getCollection(Migrations.LOCK_COLLECTION).countDocuments()).isZero();
    }

    @Test
    void liveLockOfAnotherInstanceMakesTheRunnerGiveUpWithAClearMessage() {
        lockHeldBy("other-instance", Instant.now(), Instant.now().plusSeconds(3600));
        MigrationOptions impatient = new MigrationOptions(Duration.ofSeconds(2), Duration.ofMillis(200),
                Duration.ofMillis(20));

        assertThatThrownBy(() -> Migrations.on(database, impatient).apply(List.of(effect("0001-a"))))
                .isInstanceOf(MigrationLockTimeoutException.class)
                .hasMessageContaining("other-instance")
                .hasMessageContaining(Migrations.LOCK_COLLECTION);
        assertThat(runsOf("0001-a")).isZero();
    }

    @Test
    void runnerThatLostItsLockDuringAMigrationRecordsNothing() {
        Migration stolen = Migration.of("0001-slow", "Loses the lock meanwhile", db -> {
            MongoCollection<Document> locks = db.getCollection(Migrations.LOCK_COLLECTION);
            locks.deleteMany(new Document());
            locks.insertOne(new Document("_id", MigrationLock.LOCK_ID).append("owner", "thief")
                    .append("acquiredAt", new Date()).append("expiresAt", Date.from(Instant.now().plusSeconds(60))));
        });

        assertThatThrownBy(() -> Migrations.on(database, QUICK).apply(List.of(stolen)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lost the migration lock");
        assertThat(Migrations.applied(database)).isEmpty();
    }

    @Test
    void duplicateOrBlankIdsAreRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> Migrations.on(database, QUICK).apply(List.of(effect("0001-a"), effect("0001-a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0001-a");
        assertThatThrownBy(() -> Migrations.on(database, QUICK).apply(List.of(effect(" "))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(runsOf("0001-a")).isZero();
    }

    // Transactions

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void failedUnitOfWorkLeavesNoTrace(boolean transactionsWhereAvailable) {
        MongoCollection<Document> things = thingsWithKeptAndDoomed();
        Transactions transactions = transactions(transactionsWhereAvailable);

        assertThatThrownBy(() -> transactions.run(unit -> {
            unit.insertOne(things, new Document("_id", "new").append("n", 1));
            assertThat(unit.updateOne(things, Filters.eq("_id", "kept"), Updates.inc("n", 1))).isPresent();
            assertThat(unit.deleteOne(things, Filters.eq("_id", "doomed"))).isPresent();
            assertThat(unit.find(things, Filters.eq("_id", "new")).first()).isNotNull();
            throw new ConflictException("Someone else changed it first.");
        })).isInstanceOf(ConflictException.class);

        assertThat(things.find().sort(Indexes.ascending("_id")).into(new ArrayList<>()))
                .containsExactly(new Document("_id", "doomed").append("n", 1), new Document("_id", "kept").append("n", 1));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void successfulUnitOfWorkKeepsEveryWrite(boolean transactionsWhereAvailable) {
        MongoCollection<Document> things = thingsWithKeptAndDoomed();

        String result = transactions(transactionsWhereAvailable).inUnitOfWork(unit -> {
            unit.insertOne(things, new Document("_id", "new").append("n", 1));
            unit.updateOne(things, Filters.eq("_id", "kept"), Updates.inc("n", 1));
            unit.deleteOne(things, Filters.eq("_id", "doomed"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(things.find().sort(Indexes.ascending("_id")).into(new ArrayList<>()))
                .containsExactly(new Document("_id", "kept").append("n", 2), new Document("_id", "new").append("n", 1));
    }

    @Test
    void compensationsRunInReverseOrderAndTheirFailuresAreAttachedToTheCause() {
        List<String> undone = new ArrayList<>();
        IllegalStateException cause = new IllegalStateException("step three failed");

        assertThatThrownBy(() -> Transactions.compensating(store().client()).run(unit -> {
            unit.compensate("first", () -> undone.add("first"));
            unit.compensate("second", () -> {
                throw new IllegalStateException("cannot undo second");
            });
            unit.compensate("third", () -> undone.add("third"));
            throw cause;
        })).isSameAs(cause);

        assertThat(undone).containsExactly("third", "first");
        assertThat(cause.getSuppressed()).extracting(Throwable::getMessage).containsExactly("cannot undo second");
    }

    // Indexes

    @Test
    void declaredUniqueIndexIsEnforcedAndDeclaringItAgainIsHarmless() {
        List<IndexDefinition> indexes = List.of(
                IndexDefinition.unique("things", "code_unique", Indexes.ascending("code")),
                IndexDefinition.forQueries("things", "name", Indexes.ascending("name")));
        DeclaredIndexes.ensure(database, indexes);
        DeclaredIndexes.ensure(database, indexes);
        MongoCollection<Document> things = database.getCollection("things");
        things.insertOne(new Document("code", "DG"));

        assertThatThrownBy(() -> things.insertOne(new Document("code", "DG")))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        e -> assertThat(MongoErrors.isDuplicateKey(e)).isTrue());
        assertThat(things.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .contains("code_unique", "name");
    }

    @Test
    void indexRedeclaredDifferentlyUnderTheSameNameStopsWithAnInstruction() {
        DeclaredIndexes.ensure(database, List.of(IndexDefinition.forQueries("things", "code", Indexes.ascending("code"))));

        assertThatThrownBy(() -> DeclaredIndexes.ensure(database,
                List.of(IndexDefinition.unique("things", "code", Indexes.ascending("code")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("different definition")
                .hasMessageContaining("dropIndex(\"code\")");
    }

    @Test
    void uniqueIndexOverExistingDuplicatesIsReportedWithAnInstruction() {
        database.getCollection("things").insertMany(List.of(new Document("code", "DG"), new Document("code", "DG")));

        assertThatThrownBy(() -> DeclaredIndexes.ensure(database,
                List.of(IndexDefinition.unique("things", "code_unique", Indexes.ascending("code")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("code_unique")
                .hasMessageContaining("Remove the duplicates");
    }

    // Audit chain

    @Test
    void concurrentAppendsFromTwoInstancesFormOneLinearChain() throws Exception {
        MongoAuditTrail first = new MongoAuditTrail(database);
        MongoAuditTrail second = new MongoAuditTrail(database);

        List<Long> sequences = inParallel(8, thread -> () -> {
            MongoAuditTrail trail = thread % 2 == 0 ? first : second;
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                mine.add(trail.append(Instant.now(), facts("action" + thread, "t-" + i)).sequence());
            }
            return mine;
        });

        assertThat(sequences).hasSize(400).doesNotHaveDuplicates().allMatch(value -> value >= 1 && value <= 400);
        AuditChainVerification verification = verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(400);
        assertThat(verification.lastIntactLink()).hasValueSatisfying(head -> assertThat(head.sequence()).isEqualTo(400));
    }

    @Test
    void editedEventIsReportedAtItsSequence() {
        List<AuditEvent> events = appended(10);
        auditEvents().updateOne(Filters.eq("_id", 4L), Updates.set("action", "nothingToSeeHere"));

        AuditChainVerification verification = verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.eventsChecked()).isEqualTo(4);
        AuditChainBreak broken = verification.firstBrokenLink().orElseThrow();
        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.reason()).isEqualTo(AuditChainBreak.Reason.EVENT_ALTERED);
        assertThat(broken.actualHash()).contains(events.get(3).hash());
        assertThat(broken.expectedHash()).isPresent().get().isNotEqualTo(events.get(3).hash());
    }

    @Test
    void deletedEventIsReportedAsMissing() {
        List<AuditEvent> events = appended(10);
        auditEvents().deleteOne(Filters.eq("_id", 6L));

        AuditChainBreak broken = verify().firstBrokenLink().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(6);
        assertThat(broken.reason()).isEqualTo(AuditChainBreak.Reason.EVENT_MISSING);
        assertThat(broken.expectedHash()).contains(events.get(4).hash());
    }

    @Test
    void replacedEventWithARecomputedHashBreaksTheNextLink() {
        List<AuditEvent> events = appended(5);
        AuditFacts original = events.get(2).facts();
        AuditFacts changed = new AuditFacts(original.actor(), "forged", original.targetId(), original.outcome(),
                original.requestId(), original.clientAddress(), original.argumentNames());
        AuditEvent forged = AuditEvent.seal(events.get(1).asHead(), events.get(2).timestamp(), changed);
        auditEvents().updateOne(Filters.eq("_id", 3L),
                Updates.combine(Updates.set("action", "forged"), Updates.set("hash", forged.hash())));

        AuditChainBreak broken = verify().firstBrokenLink().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.reason()).isEqualTo(AuditChainBreak.Reason.LINK_BROKEN);
        assertThat(broken.expectedHash()).contains(forged.hash());
        assertThat(broken.actualHash()).contains(events.get(2).hash());
    }

    @Test
    void documentThatIsNoLongerAnEventIsReportedAsUnreadable() {
        appended(3);
        auditEvents().updateOne(Filters.eq("_id", 2L), Updates.unset("timestamp"));

        AuditChainBreak broken = verify().firstBrokenLink().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.reason()).isEqualTo(AuditChainBreak.Reason.EVENT_UNREADABLE);
        assertThat(broken.detail()).contains("timestamp");
    }

    @Test
    void appendingAfterTheTailWasCutLeavesAVisibleGap() {
        MongoAuditTrail trail = new MongoAuditTrail(database);
        for (int i = 0; i < 3; i++) {
            trail.append(Instant.now(), facts("action", "t-" + i));
        }
        auditEvents().deleteOne(Filters.eq("_id", 3L));

        assertThat(trail.append(Instant.now(), facts("action", "t-3")).sequence()).isEqualTo(4);
        assertThat(verify().firstBrokenLink()).hasValueSatisfying(broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.reason()).isEqualTo(AuditChainBreak.Reason.EVENT_MISSING);
        });
    }

    @Test
    void listingIsNewestFirstFilteredAndPagedBySequence() {
        MongoAuditTrail trail = new MongoAuditTrail(database);
        Instant start = Instant.parse("2026-03-01T12:00:00Z");
        for (int i = 0; i < 6; i++) {
            String action = i % 2 == 0 ? "renameThing" : "removeThing";
            trail.append(start.plusSeconds(i * 60L), facts(action, "t-" + (i % 3)));
        }

        assertThat(trail.newestFirst(AuditEventQuery.builder().limit(3).build()))
                .extracting(AuditEvent::sequence).containsExactly(6L, 5L, 4L);
        assertThat(trail.newestFirst(AuditEventQuery.builder().beforeSequence(4).limit(10).build()))
                .extracting(AuditEvent::sequence).containsExactly(3L, 2L, 1L);
        assertThat(trail.newestFirst(AuditEventQuery.builder().action("removeThing").limit(10).build()))
                .extracting(AuditEvent::sequence).containsExactly(6L, 4L, 2L);
        assertThat(trail.newestFirst(AuditEventQuery.builder().targetId("t-1").limit(10).build()))
                .extracting(AuditEvent::sequence).containsExactly(5L, 2L);
        assertThat(trail.newestFirst(AuditEventQuery.builder().actorId("u-1").limit(2).build())).hasSize(2);
        assertThat(trail.newestFirst(AuditEventQuery.builder().actorId("nobody").limit(10).build())).isEmpty();
        assertThat(trail.newestFirst(AuditEventQuery.builder().from(start.plusSeconds(60)).to(start.plusSeconds(180))
                .limit(10).build())).extracting(AuditEvent::sequence).containsExactly(3L, 2L);
    }

    // Helpers

    Transactions transactions(boolean whereAvailable) {
        return whereAvailable ? Transactions.of(store()) : Transactions.compensating(store().client());
    }

    AuditChainVerification verify() {
        return new VerifyingAuditChain(new MongoAuditTrail(database)).verify(AUDITOR);
    }

    MongoCollection<Document> auditEvents() {
        return database.getCollection(MongoAuditTrail.COLLECTION);
    }

    List<AuditEvent> appended(int count) {
        MongoAuditTrail trail = new MongoAuditTrail(database);
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(trail.append(Instant.now(), facts("action" + i, "t-" + i)));
        }
        return events;
    }

    static AuditFacts facts(String action, String target) {
        return new AuditFacts(new AuditActor("u-1", "ana", AuditActor.Kind.USER), action, Optional.of(target),
                AuditFacts.SUCCESS, "req-" + UUID.randomUUID(), "127.0.0.1", List.of("input.id"));
    }

    /** A migration that counts its runs and notes its place in the order of application. */
    static Migration effect(String id) {
        return Migration.of(id, "Counts a run of " + id, db -> {
            pause(Duration.ofMillis(10));
            db.getCollection("effects").updateOne(Filters.eq("_id", id), Updates.inc("runs", 1),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
            db.getCollection("effects").updateOne(Filters.eq("_id", "order"), Updates.push("ids", id),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
        });
    }

    int runsOf(String id) {
        Document effect = database.getCollection("effects").find(Filters.eq("_id", id)).first();
        return effect == null ? 0 : effect.getInteger("runs");
    }

    List<String> order() {
        Document order = database.getCollection("effects").find(Filters.eq("_id", "order")).first();
        return order == null ? List.of() : order.getList("ids", String.class);
    }

    void lockHeldBy(String owner, Instant acquiredAt, Instant expiresAt) {
        database.getCollection(Migrations.LOCK_COLLECTION).insertOne(new Document("_id", MigrationLock.LOCK_ID)
                .append("owner", owner).append("acquiredAt", Date.from(acquiredAt))
                .append("expiresAt", Date.from(expiresAt)));
    }

    MongoCollection<Document> thingsWithKeptAndDoomed() {
        MongoCollection<Document> things = database.getCollection("things");
        things.insertOne(new Document("_id", "kept").append("n", 1));
        things.insertOne(new Document("_id", "doomed").append("n", 1));
        return things;
    }

    /** Starts all tasks at once and gathers what they return. */
    static <T> List<T> inParallel(int threads, IntFunction<Callable<? extends Collection<T>>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<? extends Collection<T>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<? extends Collection<T>> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            ConcurrentLinkedQueue<T> all = new ConcurrentLinkedQueue<>();
            for (Future<? extends Collection<T>> future : futures) {
                all.addAll(future.get());
            }
            return List.copyOf(all);
        } finally {
            pool.shutdownNow();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
