package mx.ventanilla.platform.graphql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    /** Skips the preamble up to the first delimiter, which may open the body without the CRLF before it. */
    void start() throws IOException {
        int opening = delimiter.length - 2;
        if (!(available(opening) && Arrays.equals(buffer, position, position + opening, delimiter, 2,
                delimiter.length))) {
            copyUntilDelimiter(OutputStream.nullOutputStream());
        } else {
            position += opening;
        }
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
        copyUntilDelimiter(sink);
        finished = readDelimiterEnding();
    }

    /**
     * Copies bytes until the delimiter and moves past it. The buffer is searched for the whole delimiter (at each CR)
     * and content goes to the sink in runs as long as the buffer, whatever CRs it holds; only the last bytes, which
     * could be the start of a delimiter that the next read completes, are kept back until more arrives.
     */
    private void copyUntilDelimiter(OutputStream sink) throws IOException {
        while (true) {
            int found = delimiterIndex();
            if (found >= 0) {
                sink.write(buffer, position, found - position);
                position = found + delimiter.length;
                return;
            }
            int undecided = Math.max(position, limit - (delimiter.length - 1));
            sink.write(buffer, position, undecided - position);
            position = undecided;
            fillMore();
        }
    }

    /** Where the next whole delimiter starts in the buffered bytes, or -1 when they hold none. */
    private int delimiterIndex() {
        int last = limit - delimiter.length;
        for (int at = position; at <= last; at++) {
            if (buffer[at] == '\r' && Arrays.equals(buffer, at, at + delimiter.length, delimiter, 0,
                    delimiter.length)) {
                return at;
            }
        }
        return -1;
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

    private int read() throws IOException {
        requireBuffered();
        return buffer[position++] & 0xFF;
    }

    /**
     * Reads more when the buffer is used up. The body limit counts bytes as they are received, so a body over the
     * limit is refused before its excess is parsed.
     */
    private void requireBuffered() throws IOException {
        while (position >= limit) {
            fillMore();
        }
    }

    /** Whether {@code count} bytes are buffered, reading on as needed; false when the body ends sooner. */
    private boolean available(int count) throws IOException {
        while (limit - position < count) {
            if (!tryFillMore()) {
                return false;
            }
        }
        return true;
    }

    /** Moves the unread bytes to the front of the buffer and appends what the body sends next. */
    private void fillMore() throws IOException {
        if (!tryFillMore()) {
            throw new MalformedRequestException("The multipart body ends before its closing delimiter.");
        }
    }

    private boolean tryFillMore() throws IOException {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            return false;
        }
        received += n;
        if (received > maxBytes) {
            throw new TooLargeException("The request body is larger than " + maxBytes + " bytes; send fewer or "
                    + "smaller files.");
        }
        limit += n;
        return true;
    }
}
