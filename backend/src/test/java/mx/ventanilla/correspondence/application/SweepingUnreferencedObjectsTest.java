package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import mx.ventanilla.correspondence.model.ObjectReferences;
import mx.ventanilla.correspondence.model.ObjectSweep;
import mx.ventanilla.correspondence.model.ObjectSweeps;
import mx.ventanilla.correspondence.model.StoredObjectEntry;
import mx.ventanilla.correspondence.model.StoredObjects;
import mx.ventanilla.correspondence.model.SweepLease;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.ForbiddenException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepingUnreferencedObjectsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final Duration GRACE = Duration.ofHours(24);
    private static final Principal ADMIN = new Principal("u-admin", Principal.Kind.USER, "admin", Set.of(Role.ADMIN),
            "u-dti", Set.of());
    private static final Principal OFFICER = new Principal("u-officer", Principal.Kind.USER, "oficialia",
            Set.of(Role.OFFICER), "u-dcg", Set.of());

    private final Store store = new Store();
    private final Records records = new Records();
    private final Reports reports = new Reports();
    private final Lease lease = new Lease();
    private final SweepingUnreferencedObjects sweeping = new SweepingUnreferencedObjects(store, records, reports,
            lease, GRACE, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void deletesOnlyTheObjectsNoRecordRefersToAndReportsTheCounts() {
        store.add("scans/originals/a", 100, NOW.minus(Duration.ofDays(3)));
        store.add("scans/documents/b", 200, NOW.minus(Duration.ofDays(3)));
        store.add("scans/thumbnails/c", 30, NOW.minus(Duration.ofDays(2)));
        store.add("attachments/d", 400, NOW.minus(Duration.ofDays(2)));
        records.referenced.addAll(List.of("scans/originals/a", "attachments/d"));

        ObjectSweep report = sweeping.sweepNow(ADMIN);

        assertThat(store.deleted).containsExactlyInAnyOrder("scans/documents/b", "scans/thumbnails/c");
        assertThat(report.listed()).isEqualTo(4);
        assertThat(report.referenced()).isEqualTo(2);
        assertThat(report.deleted()).isEqualTo(2);
        assertThat(report.failed()).isZero();
        assertThat(report.bytesFreed()).isEqualTo(230);
        assertThat(report.trigger()).isEqualTo(ObjectSweep.Trigger.ON_DEMAND);
        assertThat(reports.recorded).containsExactly(report);
    }

    @Test
    void objectsStoredWithinTheGracePeriodAreNotConsidered() {
        store.add("scans/originals/old", 100, NOW.minus(GRACE).minusSeconds(1));
        store.add("scans/originals/in-flight", 100, NOW.minus(Duration.ofMinutes(1)));

        ObjectSweep report = sweeping.sweepNow(ADMIN);

        assertThat(report.storedBefore()).isEqualTo(NOW.minus(GRACE));
        assertThat(report.listed()).isEqualTo(1);
        assertThat(store.deleted).containsExactly("scans/originals/old");
    }

    @Test
    void referencesAreAskedForInBatchesOfAtMost500WhileTheListingIsReadLazily() {
        IntStream.range(0, 1201).forEach(i -> store.add("scans/originals/" + i, 1, NOW.minus(Duration.ofDays(2))));

        ObjectSweep report = sweeping.sweepNow(ADMIN);

        assertThat(records.batchSizes).containsExactly(500, 500, 201);
        assertThat(records.listedWhenAsked).containsExactly(500, 1000, 1201);
        assertThat(report.deleted()).isEqualTo(1201);
        assertThat(store.closed).isTrue();
    }

    @Test
    void aDeleteTheStoreRefusesIsCountedAndTheSweepGoesOn() {
        store.add("scans/documents/locked", 100, NOW.minus(Duration.ofDays(2)));
        store.add("scans/documents/free", 50, NOW.minus(Duration.ofDays(2)));
        store.refused.add("scans/documents/locked");

        ObjectSweep report = sweeping.sweepNow(ADMIN);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.deleted()).isEqualTo(1);
        assertThat(report.bytesFreed()).isEqualTo(50);
        assertThat(store.deleted).containsExactly("scans/documents/free");
    }

    @Test
    void whileAnotherInstanceSweepsNothingIsTouched() {
        store.add("scans/documents/b", 200, NOW.minus(Duration.ofDays(3)));
        lease.heldElsewhere = true;

        assertThat(sweeping.sweepUnlessRunning()).isEmpty();
        assertThatThrownBy(() -> sweeping.sweepNow(ADMIN)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("running already");
        assertThat(store.deleted).isEmpty();
        assertThat(reports.recorded).isEmpty();
    }

    @Test
    void aSweepThatLosesItsLeaseStopsBeforeTheNextBatch() {
        IntStream.range(0, 700).forEach(i -> store.add("scans/originals/" + i, 1, NOW.minus(Duration.ofDays(2))));
        lease.renewalsGranted = 1;

        ObjectSweep report = sweeping.sweepUnlessRunning().orElseThrow();

        assertThat(report.listed()).isEqualTo(500);
        assertThat(store.deleted).hasSize(500);
        assertThat(lease.released).isTrue();
    }

    @Test
    void theLeaseIsGivenBackWhenTheSweepFails() {
        store.add("scans/originals/a", 1, NOW.minus(Duration.ofDays(2)));
        records.failing = true;

        assertThatThrownBy(() -> sweeping.sweepNow(ADMIN)).isInstanceOf(IllegalStateException.class);
        assertThat(store.deleted).as("nothing is deleted without knowing the references").isEmpty();
        assertThat(lease.released).isTrue();
    }

    @Test
    void onlyAnAdministratorMaySweepOrReadTheReports() {
        store.add("scans/documents/b", 200, NOW.minus(Duration.ofDays(3)));

        assertThatThrownBy(() -> sweeping.sweepNow(OFFICER)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> new ReadingObjectSweeps(reports).newestFirst(OFFICER, 10, Optional.empty()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(store.deleted).isEmpty();
    }

    /** An in-memory store that counts how far its listing has been read. */
    private static final class Store implements StoredObjects {
        private final List<StoredObjectEntry> objects = new ArrayList<>();
        private final List<String> deleted = new ArrayList<>();
        private final Set<String> refused = new HashSet<>();
        private final AtomicInteger read = new AtomicInteger();
        private final AtomicBoolean closed = new AtomicBoolean();

        void add(String key, long size, Instant storedAt) {
            objects.add(new StoredObjectEntry(key, size, storedAt));
        }

        @Override
        public Stream<StoredObjectEntry> storedBefore(Instant instant) {
            return objects.stream().filter(object -> object.storedAt().isBefore(instant))
                    .peek(object -> read.incrementAndGet())
                    .onClose(() -> closed.set(true));
        }

        @Override
        public void delete(String key) {
            if (refused.contains(key)) {
                throw new IllegalStateException("Object is under retention");
            }
            deleted.add(key);
        }
    }

    private final class Records implements ObjectReferences {
        private final Set<String> referenced = new HashSet<>();
        private final List<Integer> batchSizes = new ArrayList<>();
        private final List<Integer> listedWhenAsked = new ArrayList<>();
        private boolean failing;

        @Override
        public Set<String> referencedAmong(Collection<String> keys) {
            if (failing) {
                throw new IllegalStateException("The database is unreachable");
            }
            batchSizes.add(keys.size());
            listedWhenAsked.add(store.read.get());
            Set<String> found = new HashSet<>(keys);
            found.retainAll(referenced);
            return found;
        }
    }

    private static final class Reports implements ObjectSweeps {
        private final List<ObjectSweep> recorded = new ArrayList<>();

        @Override
        public void record(ObjectSweep sweep) {
            recorded.add(sweep);
        }

        @Override
        public List<ObjectSweep> newestFirst(int limit, Optional<ObjectSweep.Position> after) {
            return recorded.reversed().stream().limit(limit).toList();
        }
    }

    private static final class Lease implements SweepLease {
        private boolean heldElsewhere;
        private int renewalsGranted = Integer.MAX_VALUE;
        private int claims;
        private boolean released;

        @Override
        public boolean claim(Duration length) {
            claims++;
            return !heldElsewhere && claims - 1 <= renewalsGranted;
        }

        @Override
        public void release() {
            released = true;
        }
    }
}
