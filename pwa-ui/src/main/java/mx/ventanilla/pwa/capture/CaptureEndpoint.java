package mx.ventanilla.pwa.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.CaptureApi;
import mx.ventanilla.pwa.device.DeviceEndpoint;
import org.jspecify.annotations.Nullable;

/**
 * The capture screen's endpoints, for the signed-in user:
 * <ul>
 *   <li>{@code GET /device/capture/catalogues}: document types, archival series, addressable units, the caller's
 *   unit and the institution's time zone, as JSON, which the screen keeps on the device for offline use;</li>
 *   <li>{@code POST /device/capture/register}: a {@code multipart/form-data} body with an {@code input} part (the
 *   {@code RegisterCorrespondenceInput} JSON, idempotency key included) and the pages as {@code page} parts in order,
 *   forwarded to the API's {@code registerCorrespondence}; answers {@code {"id", "folio"}}, or
 *   {@code {"code", "message"}} with an HTTP error status;</li>
 *   <li>{@code GET /device/capture/receipt/{id}}: the receipt PDF, streamed from the API with the caller's token.</li>
 * </ul>
 * Parts larger than a few hundred kilobytes wait in temporary files, and are streamed from there to the API.
 */
@WebServlet(urlPatterns = "/device/capture/*")
@MultipartConfig(fileSizeThreshold = 256 * 1024, maxFileSize = 40L * 1024 * 1024, maxRequestSize = 200L * 1024 * 1024)
public class CaptureEndpoint extends DeviceEndpoint {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Pattern RECEIPT = Pattern.compile("/receipt/([A-Za-z0-9_-]{1,64})");
    private static final ObjectMapper JSON = new ObjectMapper();

    private transient @Nullable CaptureApi captureApi;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response, Caller caller) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        String method = request.getMethod();
        Matcher receipt = RECEIPT.matcher(path);
        try {
            if ("GET".equals(method) && "/catalogues".equals(path)) {
                catalogues(response, caller);
            } else if ("POST".equals(method) && "/register".equals(path)) {
                register(request, response, caller);
            } else if ("GET".equals(method) && receipt.matches()) {
                receipt(response, caller, receipt.group(1));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (ApiException refused) {
            refuse(response, statusOf(refused), refused.code(), refused.getMessage());
        }
    }

    private void catalogues(HttpServletResponse response, Caller caller) throws IOException {
        ObjectNode catalogues = (ObjectNode) captureApi(caller).catalogues(caller.accessToken()).deepCopy();
        catalogues.put("timeZone", caller.services().timeZone().getId());
        response.setHeader("Cache-Control", "no-store");
        writeJson(response, HttpServletResponse.SC_OK, catalogues);
    }

    private void register(HttpServletRequest request, HttpServletResponse response, Caller caller)
            throws IOException {
        List<Part> parts = parts(request);
        JsonNode input = input(request);
        List<CaptureApi.Page> pages = parts.stream().filter(part -> "page".equals(part.getName()))
                .map(CaptureEndpoint::page).toList();
        if (!(input instanceof ObjectNode registration) || pages.isEmpty()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "BAD_USER_INPUT",
                    "Send an 'input' part with the registration and at least one 'page' part.");
            return;
        }
        CaptureApi.Registered registered = captureApi(caller).register(caller.accessToken(), registration, pages);
        writeJson(response, HttpServletResponse.SC_OK, Map.of("id", registered.id(), "folio", registered.folio()));
    }

    private void receipt(HttpServletResponse response, Caller caller, String id) throws IOException {
        try (InputStream pdf = captureApi(caller).receipt(caller.accessToken(), id)) {
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"acuse-" + id + ".pdf\"");
            response.setHeader("Cache-Control", "private, no-store");
            pdf.transferTo(response.getOutputStream());
        }
    }

    private static List<Part> parts(HttpServletRequest request) throws IOException {
        try {
            return new ArrayList<>(request.getParts());
        } catch (ServletException | IllegalStateException e) {
            throw new ApiException("BAD_USER_INPUT", "Not a multipart request within the size limits: " + e, e);
        }
    }

    private static JsonNode input(HttpServletRequest request) throws IOException {
        try {
            Part part = request.getPart("input");
            if (part == null) {
                return JSON.missingNode();
            }
            try (InputStream in = part.getInputStream()) {
                return JSON.readTree(in);
            }
        } catch (ServletException | IOException e) {
            throw new ApiException("BAD_USER_INPUT", "The 'input' part is not JSON: " + e.getMessage(), e);
        }
    }

    private static CaptureApi.Page page(Part part) {
        String fileName = part.getSubmittedFileName() == null ? "pagina" : part.getSubmittedFileName();
        String type = part.getContentType() == null ? "application/octet-stream" : part.getContentType();
        return new CaptureApi.Page(fileName, type, part.getSize(), part::getInputStream);
    }

    private synchronized CaptureApi captureApi(Caller caller) {
        if (captureApi == null) {
            captureApi = new CaptureApi(caller.services().api());
        }
        return captureApi;
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        writeJson(response, status, Map.of("code", code, "message", message));
    }

    private static void writeJson(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
