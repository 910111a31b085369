package mx.ventanilla.audit.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    @Test
    void emptyTrailIsIntact() {
        AuditChainVerification result = verify(List.of());

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isZero();
        assertThat(result.firstBrokenLink()).isEmpty();
        assertThat(result.lastIntactLink()).isEmpty();
    }

    @Test
    void untouchedChainIsIntactAndReportsItsHead() {
        List<AuditEvent> chain = chain(5);

        AuditChainVerification result = verify(readable(chain));

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(5);
        assertThat(result.lastIntactLink()).contains(chain.get(4).asHead());
    }

    @Test
    void changedFieldIsReportedAtThatEventWithRecomputedAndStoredHash() {
        List<AuditEvent> chain = new ArrayList<>(chain(5));
        AuditEvent original = chain.get(2);
        AuditEvent edited = new AuditEvent(original.sequence(), original.timestamp(), facts("deleteEverything"),
                original.previousHash(), original.hash());
        chain.set(2, edited);

        AuditChainVerification result = verify(readable(chain));

        assertThat(result.intact()).isFalse();
        assertThat(result.eventsChecked()).isEqualTo(3);
        assertThat(result.lastIntactLink()).contains(chain.get(1).asHead());
        assertThat(result.firstBrokenLink()).hasValueSatisfying(broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.reason()).isEqualTo(AuditChainBreak.Reason.EVENT_ALTERED);
            assertThat(broken.expectedHash()).contains(edited.recomputedHash());
            assertThat(broken.actualHash()).contains(original.hash());
        });
    }

    @Test
    void deletedEventIsReportedAsTheFirstMissingSequence() {
        List<AuditEvent> chain = new ArrayList<>(chain(6));
        chain.remove(3);
        chain.remove(3);

        AuditChainBreak broken = verify(readable(chain)).firstBrokenLink().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.reason()).isEqualTo(AuditChainBreak.Reason.EVENT_MISSING);
        assertThat(broken.expectedHash()).contains(chain.get(2).hash());
        assertThat(broken.actualHash()).isEmpty();
        assertThat(broken.detail()).contains("Events 4 to 5 are missing");
    }

    @Test
    void deletedFirstEventIsReported() {
        List<AuditEvent> chain = new ArrayList<>(chain(3));
        chain.removeFirst();

        AuditChainBreak broken = verify(readable(chain)).firstBrokenLink().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(1);
        assertThat(broken.reason()).isEqualTo(AuditChainBreak.Reason.EVENT_MISSING);
        assertThat(broken.expectedHash()).contains(AuditHash.GENESIS);
    }

    @Test
    void replacedEventWithAValidHashOfItsOwnBreaksTheNextLink() {
        List<AuditEvent> chain = new ArrayList<>(chain(5));
        AuditEvent forged = AuditEvent.seal(chain.get(0).asHead(), chain.get(1).timestamp(), facts("forged"));
        chain.set(1, forged);

        AuditChainBreak broken = verify(readable(chain)).firstBrokenLink().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.reason()).isEqualTo(AuditChainBreak.Reason.LINK_BROKEN);
        assertThat(broken.expectedHash()).contains(forged.hash());
        assertThat(broken.actualHash()).contains(chain.get(2).previousHash());
    }

    @Test
    void unreadableDocumentIsReportedWithWhatIsWrong() {
        List<StoredAuditEvent> stored = new ArrayList<>(readable(chain(3)));
        stored.set(1, new StoredAuditEvent.Unreadable(Optional.of(2L), Optional.of("abc"),
                "field 'timestamp' is missing or not a Date."));

        AuditChainBreak broken = verify(stored).firstBrokenLink().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.reason()).isEqualTo(AuditChainBreak.Reason.EVENT_UNREADABLE);
        assertThat(broken.actualHash()).contains("abc");
        assertThat(broken.detail()).contains("timestamp");
    }

    @Test
    void verifierStopsAtTheFirstBreak() {
        List<AuditEvent> chain = new ArrayList<>(chain(5));
        chain.remove(1);
        ChainVerifier verifier = new ChainVerifier();

        List<Boolean> answers = readable(chain).stream().map(verifier::accept).toList();

        assertThat(answers).containsExactly(true, false, false, false);
        assertThat(verifier.result().eventsChecked()).isEqualTo(2);
    }

    static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        ChainHead head = ChainHead.genesis();
        for (int i = 0; i < length; i++) {
            AuditEvent event = AuditEvent.seal(head, Instant.parse("2026-03-01T17:30:00Z").plusSeconds(i),
                    facts("action" + i));
            events.add(event);
            head = event.asHead();
        }
        return events;
    }

    private static AuditFacts facts(String action) {
        return new AuditFacts(new AuditActor("u-1", "ana", AuditActor.Kind.USER), action, Optional.of("t-1"),
                "SUCCESS", "req-1", "127.0.0.1", List.of("id"));
    }

    private static List<StoredAuditEvent> readable(List<AuditEvent> events) {
        return events.stream().<StoredAuditEvent>map(StoredAuditEvent.Readable::new).toList();
    }

    private static AuditChainVerification verify(List<StoredAuditEvent> stored) {
        ChainVerifier verifier = new ChainVerifier();
        for (StoredAuditEvent event : stored) {
            if (!verifier.accept(event)) {
                break;
            }
        }
        return verifier.result();
    }
}
