package mx.ventanilla.platform.persistence;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.audit.application.VerifyingAuditChain;
import mx.ventanilla.audit.infrastructure.MongoAuditTrail;
import mx.ventanilla.audit.model.AuditChainVerification;
import mx.ventanilla.audit.model.AuditEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage contract on the embedded MongoDB-wire server, plus what only it must show: surviving restarts. */
class EmbeddedMongoStorageIT extends MongoStorageContract {

    @TempDir
    static Path dataDirectory;

    private static MongoStore store;

    @BeforeAll
    static void openEmbeddedStore() {
        store = MongoStore.open(settings(dataDirectory));
    }

    @AfterAll
    static void closeEmbeddedStore() {
        store.close();
    }

    @Override
    MongoStore store() {
        return store;
    }

    @Test
    void embeddedServerHasNoTransactionsSoUnitsOfWorkCompensate() {
        assertThat(store.isEmbedded()).isTrue();
        assertThat(store.supportsTransactions()).isFalse();
        assertThat(Transactions.of(store).isTransactional()).isFalse();
    }

    @Test
    void migrationsApplyOnceAcrossRestarts(@TempDir Path directory) {
        try (MongoStore first = MongoStore.open(settings(directory))) {
            Migrations.on(first.database(), QUICK).apply(List.of(effect("0001-a"), effect("0002-b")));
        }

        List<String> applied;
        try (MongoStore second = MongoStore.open(settings(directory))) {
            applied = Migrations.on(second.database(), QUICK)
                    .apply(List.of(effect("0001-a"), effect("0002-b"), effect("0003-c")));
            database = second.database();
            assertThat(order()).containsExactly("0001-a", "0002-b", "0003-c");
            assertThat(Migrations.applied(second.database())).extracting(AppliedMigration::id)
                    .containsExactly("0001-a", "0002-b", "0003-c");
        }
        assertThat(applied).containsExactly("0003-c");
    }

    @Test
    void sequencesKeepIncreasingAcrossRestarts(@TempDir Path directory) {
        long before;
        try (MongoStore first = MongoStore.open(settings(directory))) {
            Sequences sequences = new Sequences(first.database());
            sequences.next("folio:DG:2026");
            before = sequences.next("folio:DG:2026");
        }

        try (MongoStore second = MongoStore.open(settings(directory))) {
            assertThat(new Sequences(second.database()).next("folio:DG:2026")).isEqualTo(before + 1);
        }
    }

    @Test
    void auditChainContinuesAcrossRestarts(@TempDir Path directory) {
        AuditEvent last;
        try (MongoStore first = MongoStore.open(settings(directory))) {
            MongoAuditTrail trail = new MongoAuditTrail(first.database());
            trail.append(Instant.now(), facts("renameThing", "t-1"));
            last = trail.append(Instant.now(), facts("renameThing", "t-2"));
        }

        try (MongoStore second = MongoStore.open(settings(directory))) {
            MongoAuditTrail trail = new MongoAuditTrail(second.database());
            AuditEvent next = trail.append(Instant.now(), facts("removeThing", "t-1"));
            AuditChainVerification verification = new VerifyingAuditChain(trail).verify(AUDITOR);

            assertThat(next.sequence()).isEqualTo(3);
            assertThat(next.previousHash()).isEqualTo(last.hash());
            assertThat(verification.intact()).isTrue();
            assertThat(verification.eventsChecked()).isEqualTo(3);
        }
    }

    private static MongoSettings settings(Path directory) {
        return new MongoSettings(Optional.empty(), "ventanilla", directory.resolve("mongo").resolve("ventanilla"));
    }
}
