package mx.ventanilla.audit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an audit event: SHA-256, as lower-case hex, over the UTF-8 bytes of its canonical form. The canonical
 * form is JSON without whitespace, with the keys in exactly this order:
 *
 * <pre>{"sequence":7,"timestamp":"2026-03-01T17:30:00.123Z",
 * "actor":{"subjectId":"u-1","name":"ana","kind":"USER"},"action":"createUser","targetId":"u-9",
 * "outcome":"SUCCESS","requestId":"…","clientAddress":"10.0.0.8","argumentNames":["input.name"],
 * "previousHash":"…"}</pre>
 *
 * (one line; broken here for reading). {@code targetId} is {@code null} when there is none; the timestamp is UTC with
 * exactly three fraction digits; strings escape only {@code "}, {@code \} and U+0000–U+001F, the latter as
 * {@code \}{@code u00xx}. Anyone can recompute it from an exported event with a few lines of code.
 */
public final class AuditHash {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    public static String of(long sequence, Instant timestamp, AuditFacts facts, String previousHash) {
        return sha256(canonicalForm(sequence, timestamp, facts, previousHash));
    }

    public static String canonicalForm(long sequence, Instant timestamp, AuditFacts facts, String previousHash) {
        CanonicalJson json = new CanonicalJson()
                .number("sequence", sequence)
                .string("timestamp", TIMESTAMP.format(timestamp))
                .object("actor", actor -> actor
                        .string("subjectId", facts.actor().subjectId())
                        .string("name", facts.actor().name())
                        .string("kind", facts.actor().kind().name()))
                .string("action", facts.action())
                .optionalString("targetId", facts.targetId())
                .string("outcome", facts.outcome())
                .string("requestId", facts.requestId())
                .string("clientAddress", facts.clientAddress())
                .strings("argumentNames", facts.argumentNames())
                .string("previousHash", previousHash);
        return json.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
