package mx.ventanilla.pwa.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.ventanilla.pwa.api.OfflineCopyApi;
import mx.ventanilla.pwa.api.OfflineCopyApi.ScanFile;
import mx.ventanilla.pwa.device.DeviceEndpoint;

/**
 * The scan files the offline copy keeps: {@code GET /device/offline/files/{itemId}/pages/{n}/thumbnail} (n from 0)
 * and {@code GET /device/offline/files/{itemId}/pdf}. The API is asked for the file as the signed-in user first, and
 * only then is the presigned URL it hands out fetched here and streamed on, marked private. 404 for an item the user
 * may not see, a file that does not exist or is still being processed, or a path of any other shape.
 */
@WebServlet(urlPatterns = "/device/offline/files/*")
public class OfflineFilesEndpoint extends DeviceEndpoint {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Pattern PDF = Pattern.compile("/([A-Za-z0-9_-]{1,64})/pdf");
    private static final Pattern THUMBNAIL = Pattern.compile("/([A-Za-z0-9_-]{1,64})/pages/(\\d{1,3})/thumbnail");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response, Caller caller)
            throws IOException {
        if (!"GET".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Optional<ScanFile> file = find(request.getPathInfo(), caller);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        stream(file.get(), response);
    }

    private static Optional<ScanFile> find(String path, Caller caller) {
        OfflineCopyApi api = new OfflineCopyApi(caller.services().api());
        Matcher pdf = PDF.matcher(path == null ? "" : path);
        if (pdf.matches()) {
            return api.scanFile(pdf.group(1), ScanFile.Kind.PDF, 0, caller.accessToken());
        }
        Matcher thumbnail = THUMBNAIL.matcher(path == null ? "" : path);
        if (thumbnail.matches()) {
            return api.scanFile(thumbnail.group(1), ScanFile.Kind.THUMBNAIL, Integer.parseInt(thumbnail.group(2)),
                    caller.accessToken());
        }
        return Optional.empty();
    }

    private static void stream(ScanFile file, HttpServletResponse response) throws IOException {
        HttpResponse<InputStream> stored = fetch(file);
        try (InputStream body = stored.body()) {
            if (stored.statusCode() != HttpServletResponse.SC_OK) {
                response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
                return;
            }
            response.setContentType(file.contentType());
            stored.headers().firstValueAsLong("Content-Length").ifPresent(response::setContentLengthLong);
            response.setHeader("Cache-Control", "private, max-age=300");
            response.setHeader("X-Content-Type-Options", "nosniff");
            body.transferTo(response.getOutputStream());
        }
    }

    private static HttpResponse<InputStream> fetch(ScanFile file) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(file.url()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching a scan file", e);
        }
    }
}
