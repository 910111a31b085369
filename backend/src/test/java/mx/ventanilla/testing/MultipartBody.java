package mx.ventanilla.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A {@code multipart/form-data} body written by hand, as an upload client (Apollo, urql) sends it. */
public final class MultipartBody {

    public static final String BOUNDARY = "----VentanillaBoundary7MA4YWxkTrZu0gW";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public MultipartBody field(String name, String value) {
        head("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public MultipartBody file(String name, String fileName, String type, byte[] content) {
        head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + type + "\r\n");
        out.writeBytes(content);
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(out.toByteArray());
        whole.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return whole.toByteArray();
    }

    public static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private void head(String headers) {
        String delimiter = out.size() == 0 ? "--" + BOUNDARY + "\r\n" : "\r\n--" + BOUNDARY + "\r\n";
        out.writeBytes((delimiter + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
