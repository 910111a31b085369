package mx.ventanilla.notifications.infrastructure;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

/** P-256 keys as Web Push spells them: public keys as uncompressed points (65 bytes, {@code 0x04 || X || Y}). */
final class EcKeys {

    private static final int COORDINATE = 32;

    private EcKeys() {
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is not available in this JDK", e);
        }
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[1 + 2 * COORDINATE];
        point[0] = 0x04;
        copyCoordinate(key.getW().getAffineX(), point, 1);
        copyCoordinate(key.getW().getAffineY(), point, 1 + COORDINATE);
        return point;
    }

    static ECPublicKey publicKey(byte[] uncompressed) {
        if (uncompressed.length != 1 + 2 * COORDINATE || uncompressed[0] != 0x04) {
            throw new IllegalArgumentException("not an uncompressed P-256 point");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 1 + COORDINATE));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(uncompressed, 1 + COORDINATE, uncompressed.length));
        try {
            ECParameterSpec p256 = ((ECPublicKey) generate().getPublic()).getParams();
            ECPublicKeySpec spec = new ECPublicKeySpec(new ECPoint(x, y), p256);
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a point on P-256", e);
        }
    }

    private static void copyCoordinate(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, COORDINATE);
        System.arraycopy(bytes, bytes.length - length, target, offset + COORDINATE - length, length);
    }
}
