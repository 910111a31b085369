package mx.ventanilla.platform.graphql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import mx.ventanilla.platform.graphql.RequestReader.MalformedRequestException;

/**
 * Reads a {@code multipart/form-data} body part by part as it arrives, never holding a part's content in memory:
 * each part's bytes are copied to a sink until the next delimiter. Only what RFC 7578 needs is understood: the
 * delimiter lines, and per part its header lines (names lower-cased).
 */
final class MultipartStream {

    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final long maxBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private long received;
    private boolean finished;

    MultipartStream(InputStream in, String boundary, long maxBytes) {
        this.maxBytes = maxBytes;
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    }

    /** The body, or one of its parts, is larger than allowed; the message says which limit. */
    static final class TooLargeException extends RuntimeException {

        TooLargeException(String message) {
            super(message);
        }
    }

    /** Skips the preamble up to the first delimiter. */
    void start() throws IOException {
        copyUntilDelimiter(OutputStream.nullOutputStream(), 2);
        finished = readDelimiterEnding();
    }

    /** The next part's headers, or false when the closing delimiter has been read. */
    boolean hasNextPart() {
        return !finished;
    }

    Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            String line = readLine();
            total += line.length() + 2;
            if (total > MAX_HEADER_BYTES) {
                throw new MalformedRequestException("A multipart part has more than " + MAX_HEADER_BYTES
                        + " bytes of headers.");
            }
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new MalformedRequestException("A multipart part has a malformed header line.");
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
    }

    /** Copies the current part's content to {@code sink} and moves past the delimiter that ends it. */
    void copyPart(OutputStream sink) throws IOException {
        copyUntilDelimiter(sink, 0);
        finished = readDelimiterEnding();
    }

    /**
     * Copies bytes until the delimiter. The delimiter starts with CR and holds no other CR, so after a partial match
     * fails the only place a new match can start is the current byte, and bytes before the next CR are copied in one
     * run: file content goes to the sink in blocks, not byte by byte.
     */
    private void copyUntilDelimiter(OutputStream sink, int alreadyMatched) throws IOException {
        int matched = alreadyMatched;
        while (matched < delimiter.length) {
            if (matched == 0) {
                copyUpToCarriageReturn(sink);
            }
            int b = read();
            if (b == (delimiter[matched] & 0xFF)) {
                matched++;
                continue;
            }
            if (matched > 0) {
                sink.write(delimiter, 0, matched);
            }
            matched = b == '\r' ? 1 : 0;
            if (matched == 0) {
                sink.write(b);
            }
        }
    }

    /** After a delimiter: {@code --} closes the body, CRLF (after optional blanks) starts another part. */
    private boolean readDelimiterEnding() throws IOException {
        int first = read();
        if (first == '-') {
            if (read() != '-') {
                throw new MalformedRequestException("A multipart delimiter is followed by a single '-'.");
            }
            return true;
        }
        int b = first;
        while (b == ' ' || b == '\t') {
            b = read();
        }
        if (b != '\r' || read() != '\n') {
            throw new MalformedRequestException("A multipart delimiter line does not end with CRLF.");
        }
        return false;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = read();
            if (b == '\r') {
                if (read() != '\n') {
                    throw new MalformedRequestException("A multipart header line does not end with CRLF.");
                }
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
            if (line.size() > MAX_HEADER_BYTES) {
                throw new MalformedRequestException("A multipart header line is too long.");
            }
        }
    }

    /** Copies the buffered bytes up to (not including) the next CR, reading on as needed. */
    private void copyUpToCarriageReturn(OutputStream sink) throws IOException {
        while (true) {
            requireBuffered();
            int start = position;
            while (position < limit && buffer[position] != '\r') {
                position++;
            }
            sink.write(buffer, start, position - start);
            if (position < limit) {
                return;
            }
        }
    }

    private int read() throws IOException {
        requireBuffered();
        return buffer[position++] & 0xFF;
    }

    /**
     * Refills the buffer when it is used up. The body limit counts bytes as they are received, so a body over the
     * limit is refused before its excess is parsed.
     */
    private void requireBuffered() throws IOException {
        while (position >= limit) {
            fill();
        }
    }

    private void fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            throw new MalformedRequestException("The multipart body ends before its closing delimiter.");
        }
        received += n;
        if (received > maxBytes) {
            throw new TooLargeException("The request body is larger than " + maxBytes + " bytes; send fewer or "
                    + "smaller files.");
        }
        position = 0;
        limit = n;
    }
}
