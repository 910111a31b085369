package mx.ventanilla.live.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import mx.ventanilla.live.model.EventSummary;
import mx.ventanilla.live.model.EventType;
import mx.ventanilla.live.model.Outbox;
import mx.ventanilla.live.model.OutboxMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TailingOutboxTest {

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final List<Long> dispatched = new ArrayList<>();
    private Instant now = Instant.parse("2026-03-02T16:00:00Z");

    private TailingOutbox reader(long watermark, int batchSize) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new TailingOutbox(outbox, message -> dispatched.add(message.sequence()), watermark, batchSize,
                Duration.ofSeconds(10), clock);
    }

    @Test
    void dispatchesInSequenceOrderAndAdvancesTheWatermark() {
        TailingOutbox reader = reader(0, 10);
        outbox.put(1, 2, 3);

        reader.poll();

        assertThat(dispatched).containsExactly(1L, 2L, 3L);
        assertThat(reader.watermark()).isEqualTo(3);
    }

    @Test
    void lateMessageInAGapIsDispatchedOnceAndNothingTwice() {
        TailingOutbox reader = reader(0, 10);
        outbox.put(1, 3);
        reader.poll();
        reader.poll();
        outbox.put(2);
        reader.poll();
        reader.poll();

        assertThat(dispatched).containsExactly(1L, 3L, 2L);
        assertThat(reader.watermark()).isEqualTo(3);
    }

    @Test
    void gapIsGivenUpOnlyAfterTheTimeout() {
        TailingOutbox reader = reader(0, 10);
        outbox.put(1, 4);
        reader.poll();
        now = now.plusSeconds(9);
        reader.poll();
        assertThat(reader.watermark()).isEqualTo(1);

        now = now.plusSeconds(1);
        reader.poll();

        assertThat(reader.watermark()).isEqualTo(4);
        outbox.put(2);
        reader.poll();
        assertThat(dispatched).containsExactly(1L, 4L);
    }

    @Test
    void aFullBatchAboveAGapDoesNotHoldBackNewerMessages() {
        TailingOutbox reader = reader(0, 2);
        outbox.put(2, 3, 4, 5);
        reader.poll();
        reader.poll();

        assertThat(dispatched).containsExactly(2L, 3L, 4L, 5L);
        assertThat(reader.watermark()).isZero();
    }

    @Test
    void startsAfterTheGivenWatermark() {
        outbox.put(1, 2, 3);
        TailingOutbox reader = reader(2, 10);

        reader.poll();

        assertThat(dispatched).containsExactly(3L);
    }

    @Test
    void refusesANonPositiveBatchSize() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader(0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The outbox as a sorted map, answering like the Mongo adapter. */
    private static final class InMemoryOutbox implements Outbox {

        private final TreeMap<Long, OutboxMessage> messages = new TreeMap<>();

        void put(long... sequences) {
            for (long sequence : sequences) {
                messages.put(sequence, new OutboxMessage(sequence, EventType.TURN_UPDATED, "c" + sequence,
                        Optional.empty(), List.of("DG"), List.of(), Instant.EPOCH, EventSummary.builder().build()));
            }
        }

        @Override
        public List<OutboxMessage> after(long after, Collection<Long> skip, int limit) {
            return messages.tailMap(after, false).values().stream()
                    .filter(message -> !skip.contains(message.sequence()))
                    .limit(limit)
                    .toList();
        }

        @Override
        public long highestSequence() {
            return messages.isEmpty() ? 0 : messages.lastKey();
        }
    }
}
