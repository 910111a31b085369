package mx.ventanilla.correspondence.infrastructure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import mx.ventanilla.platform.persistence.MongoSettings;
import mx.ventanilla.platform.persistence.MongoStore;
import mx.ventanilla.signin.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep's lease on the embedded MongoDB server, two instances sharing one database and one clock. */
class MongoSweepLeaseIT {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @TempDir
    static Path dataDir;
    static MongoStore mongo;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));
    private MongoSweepLease first;
    private MongoSweepLease second;

    @BeforeAll
    static void open() {
        mongo = MongoStore.open(new MongoSettings(Optional.empty(), "test", dataDir.resolve("db")));
    }

    @AfterAll
    static void close() {
        mongo.close();
    }

    @BeforeEach
    void twoInstances() {
        mongo.database().getCollection(MongoSweepLease.COLLECTION).drop();
        first = new MongoSweepLease(mongo.database(), clock);
        second = new MongoSweepLease(mongo.database(), clock);
    }

    @Test
    void whileOneInstanceHoldsTheLeaseTheOtherIsRefusedUntilItIsGivenBack() {
        assertThat(first.claim(LEASE)).isTrue();
        assertThat(second.claim(LEASE)).isFalse();

        first.release();

        assertThat(second.claim(LEASE)).isTrue();
        assertThat(first.claim(LEASE)).isFalse();
    }

    @Test
    void theHolderRenewsItsLeaseSoThatItDoesNotLapseWhileItWorks() {
        assertThat(first.claim(LEASE)).isTrue();
        clock.advance(Duration.ofMinutes(4));
        assertThat(first.claim(LEASE)).as("renewed, even within the same instant").isTrue();
        assertThat(first.claim(LEASE)).isTrue();
        clock.advance(Duration.ofMinutes(4));

        assertThat(second.claim(LEASE)).isFalse();
    }

    @Test
    void aLapsedLeaseIsTakenOverAndTheFormerHolderCanNeitherRenewNorReleaseIt() {
        assertThat(first.claim(LEASE)).isTrue();
        clock.advance(LEASE.plusSeconds(1));

        assertThat(second.claim(LEASE)).isTrue();
        assertThat(first.claim(LEASE)).isFalse();
        first.release();
        assertThat(first.claim(LEASE)).as("the release of a lease held by another does nothing").isFalse();
    }
}
