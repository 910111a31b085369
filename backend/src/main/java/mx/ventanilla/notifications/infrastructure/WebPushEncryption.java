package mx.ventanilla.notifications.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188), with the JDK's
 * own ECDH, HMAC-SHA-256 (HKDF) and AES-GCM: a fresh P-256 key pair and salt per message, one record.
 */
public final class WebPushEncryption {

    static final int RECORD_SIZE = 4096;
    private static final int SALT_BYTES = 16;
    private static final byte LAST_RECORD = 0x02;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebPushEncryption() {
    }

    /** The request body: header (salt, record size, sender's public key) followed by the encrypted record. */
    public static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encrypt(plaintext, userAgentPublic, authSecret, EcKeys.generate(), salt);
    }

    static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret, KeyPair sender, byte[] salt) {
        if (plaintext.length + 1 + 16 > RECORD_SIZE) {
            throw new IllegalArgumentException("A push message may have at most " + (RECORD_SIZE - 17) + " bytes");
        }
        try {
            byte[] senderPublic = EcKeys.uncompressed((ECPublicKey) sender.getPublic());
            byte[] ecdh = agree(sender, EcKeys.publicKey(userAgentPublic));
            byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), userAgentPublic,
                    senderPublic);
            byte[] ikm = hkdf(authSecret, ecdh, keyInfo, 32);
            byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            byte[] record = seal(cek, nonce, concat(plaintext, new byte[] {LAST_RECORD}));
            return concat(header(salt, senderPublic), record);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Web Push encryption failed", e);
        }
    }

    /** HKDF-SHA-256 (RFC 5869) with one expansion block, enough for every length used here. */
    static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        byte[] prk = hmac(salt, ikm);
        return Arrays.copyOf(hmac(prk, concat(info, new byte[] {1})), length);
    }

    static byte[] agree(KeyPair own, ECPublicKey other) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(own.getPrivate());
        agreement.doPhase(other, true);
        return agreement.generateSecret();
    }

    private static byte[] seal(byte[] key, byte[] nonce, byte[] plaintext) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        return cipher.doFinal(plaintext);
    }

    private static byte[] header(byte[] salt, byte[] senderPublic) {
        return ByteBuffer.allocate(SALT_BYTES + 4 + 1 + senderPublic.length)
                .put(salt).putInt(RECORD_SIZE).put((byte) senderPublic.length).put(senderPublic).array();
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(length);
        Arrays.stream(parts).forEach(buffer::put);
        return buffer.array();
    }
}
