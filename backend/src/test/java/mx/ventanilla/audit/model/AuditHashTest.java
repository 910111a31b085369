package mx.ventanilla.audit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashTest {

    private static final AuditFacts FACTS = new AuditFacts(
            new AuditActor("u-1", "ana", AuditActor.Kind.USER), "createUser", Optional.of("u-9"), "SUCCESS",
            "req-12345678", "10.0.0.8", List.of("input.name", "input.password"));

    @Test
    void canonicalFormIsCompactJsonInTheDocumentedOrder() {
        String form = AuditHash.canonicalForm(7, Instant.parse("2026-03-01T17:30:00.123Z"), FACTS, AuditHash.GENESIS);

        assertThat(form).isEqualTo("{\"sequence\":7,\"timestamp\":\"2026-03-01T17:30:00.123Z\","
                + "\"actor\":{\"subjectId\":\"u-1\",\"name\":\"ana\",\"kind\":\"USER\"},\"action\":\"createUser\","
                + "\"targetId\":\"u-9\",\"outcome\":\"SUCCESS\",\"requestId\":\"req-12345678\","
                + "\"clientAddress\":\"10.0.0.8\",\"argumentNames\":[\"input.name\",\"input.password\"],"
                + "\"previousHash\":\"" + "0".repeat(64) + "\"}");
    }

    @Test
    void hashIsSha256OfTheCanonicalFormInLowerCaseHex() throws Exception {
        Instant at = Instant.parse("2026-03-01T17:30:00.123Z");
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest(AuditHash.canonicalForm(7, at, FACTS, AuditHash.GENESIS).getBytes(StandardCharsets.UTF_8));

        assertThat(AuditHash.of(7, at, FACTS, AuditHash.GENESIS))
                .isEqualTo(HexFormat.of().formatHex(expected))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void wholeSecondsStillHaveThreeFractionDigitsAndAbsentTargetIsNull() {
        AuditFacts noTarget = new AuditFacts(AuditActor.anonymous(), "signIn", Optional.empty(), "UNAUTHENTICATED",
                "r", "::1", List.of());

        String form = AuditHash.canonicalForm(1, Instant.parse("2026-03-01T17:30:00Z"), noTarget, "h");

        assertThat(form).contains("\"timestamp\":\"2026-03-01T17:30:00.000Z\"")
                .contains("\"targetId\":null")
                .contains("\"argumentNames\":[]")
                .contains("\"kind\":\"ANONYMOUS\"");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedSoFieldsCannotBleedIntoEachOther() {
        AuditFacts tricky = new AuditFacts(new AuditActor("u\"1", "a\\b", AuditActor.Kind.USER), "x\ny",
                Optional.of("é✓"), "SUCCESS", "r", "c", List.of("\u0001"));

        String form = AuditHash.canonicalForm(1, Instant.EPOCH, tricky, "h");

        assertThat(form).contains("\"subjectId\":\"u\\\"1\"")
                .contains("\"name\":\"a\\\\b\"")
                .contains("\"action\":\"x\\u000ay\"")
                .contains("\"targetId\":\"é✓\"")
                .contains("[\"\\u0001\"]");
    }

    @Test
    void everyFieldChangesTheHash() {
        Instant at = Instant.parse("2026-03-01T17:30:00.123Z");
        String original = AuditHash.of(7, at, FACTS, AuditHash.GENESIS);
        List<String> variants = List.of(
                AuditHash.of(8, at, FACTS, AuditHash.GENESIS),
                AuditHash.of(7, at.plusMillis(1), FACTS, AuditHash.GENESIS),
                AuditHash.of(7, at, withOutcome("FORBIDDEN"), AuditHash.GENESIS),
                AuditHash.of(7, at, new AuditFacts(FACTS.actor(), FACTS.action(), Optional.empty(), FACTS.outcome(),
                        FACTS.requestId(), FACTS.clientAddress(), FACTS.argumentNames()), AuditHash.GENESIS),
                AuditHash.of(7, at, FACTS, "1".repeat(64)));

        assertThat(variants).doesNotContain(original).doesNotHaveDuplicates();
    }

    @Test
    void sealingTruncatesToMillisecondsLinksToThePreviousHeadAndHashesItself() {
        ChainHead head = new ChainHead(41, "a".repeat(64));

        AuditEvent event = AuditEvent.seal(head, Instant.parse("2026-03-01T17:30:00.123456789Z"), FACTS);

        assertThat(event.sequence()).isEqualTo(42);
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-03-01T17:30:00.123Z"));
        assertThat(event.previousHash()).isEqualTo(head.hash());
        assertThat(event.hash()).isEqualTo(event.recomputedHash());
    }

    private static AuditFacts withOutcome(String outcome) {
        return new AuditFacts(FACTS.actor(), FACTS.action(), FACTS.targetId(), outcome, FACTS.requestId(),
                FACTS.clientAddress(), FACTS.argumentNames());
    }
}
