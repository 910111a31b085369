package mx.ventanilla.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes content through while counting and hashing it, and fails as soon as more than the allowed number of bytes
 * has been read, so that an upload of unknown length can be stopped without ever holding all of it.
 *
 * <p>It extends {@link InputStream} rather than {@code FilterInputStream} so that {@code skip} and mark/reset keep
 * their reading defaults: no byte can pass without being counted and hashed.
 */
final class MeasuredInputStream extends InputStream {

    private final InputStream in;
    private final long maxSize;
    private final MessageDigest sha256;
    private long count;
    private boolean limitExceeded;

    MeasuredInputStream(InputStream in, long maxSize) {
        this.in = in;
        this.maxSize = maxSize;
        this.sha256 = newSha256();
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            sha256.update((byte) b);
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            sha256.update(buffer, offset, n);
            counted(n);
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    /** Leaves the underlying stream open: it belongs to whoever called {@link ObjectStorage#put}. */
    @Override
    public void close() {
        // The caller closes its own stream.
    }

    long count() {
        return count;
    }

    boolean limitExceeded() {
        return limitExceeded;
    }

    /** The digest of everything read so far, as lower-case hexadecimal; call once, at the end. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void counted(int n) throws SizeLimitExceededException {
        count += n;
        if (count > maxSize) {
            limitExceeded = true;
            throw new SizeLimitExceededException(maxSize);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** Thrown into the uploader's read loop to stop it. */
    static final class SizeLimitExceededException extends IOException {

        SizeLimitExceededException(long maxSize) {
            super("content exceeds " + maxSize + " bytes");
        }
    }
}
