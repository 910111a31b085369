package mx.ventanilla.notifications.infrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * A push service stand-in on a free loopback port: it records every request and answers with the statuses it is
 * given, in turn (then 201). It holds a browser's subscription keys, so tests can decrypt what was pushed, with
 * BouncyCastle's HKDF rather than the code under test.
 */
public final class WebPushEndpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final KeyPair browserKeys = EcKeys.generate();
    private final byte[] authSecret = new byte[16];
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final List<Integer> statuses;
    private final AtomicInteger answered = new AtomicInteger();

    /** One request as it arrived. */
    public record Received(String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst()).findFirst().orElse("");
        }
    }

    private WebPushEndpoint(List<Integer> statuses) throws IOException {
        this.statuses = List.copyOf(statuses);
        new java.security.SecureRandom().nextBytes(authSecret);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    body));
            int index = answered.getAndIncrement();
            int status = index < this.statuses.size() ? this.statuses.get(index) : 201;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers with these statuses in turn, then 201. */
    public static WebPushEndpoint answering(Integer... statuses) throws IOException {
        return new WebPushEndpoint(List.of(statuses));
    }

    public String endpoint(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String p256dh() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(EcKeys.uncompressed((ECPublicKey) browserKeys.getPublic()));
    }

    public String auth() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(authSecret);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Decrypts an {@code aes128gcm} body as the browser would (RFC 8291) and parses the JSON inside. */
    public JsonNode decrypt(byte[] body) throws Exception {
        ByteBuffer buffer = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        buffer.get(salt);
        int recordSize = buffer.getInt();
        byte[] senderPublic = new byte[buffer.get()];
        buffer.get(senderPublic);
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);
        if (recordSize < ciphertext.length) {
            throw new IllegalStateException("record larger than the record size");
        }
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(browserKeys.getPrivate());
        agreement.doPhase(EcKeys.publicKey(senderPublic), true);
        byte[] browserPublic = EcKeys.uncompressed((ECPublicKey) browserKeys.getPublic());
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browserPublic, senderPublic);
        byte[] ikm = hkdf(authSecret, agreement.generateSecret(), keyInfo, 32);
        byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = cipher.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (padded[end] != 0x02) {
            throw new IllegalStateException("the only record must end with the last-record delimiter 0x02");
        }
        return JSON.readTree(Arrays.copyOf(padded, end));
    }

    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(ikm, salt, info));
        byte[] out = new byte[length];
        generator.generateBytes(out, 0, length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        return WebPushEncryption.concat(parts);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
