package mx.ventanilla.pwa.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the capture screen needs from the API: the catalogues and units to fill the form, the registration of a
 * document with its pages as a GraphQL multipart request (streamed, so pages are never held in memory here), and the
 * receipt PDF.
 */
public final class CaptureApi {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String CATALOGUES = "query CaptureCatalogues { documentTypes { code name }"
            + " archivalSeries { code name } addressees { id code name } me { unit { id code name } } }";
    private static final String REGISTER = "mutation Register($input: RegisterCorrespondenceInput!,"
            + " $pages: [Upload!]) { registerCorrespondence(input: $input, pages: $pages) { id folio } }";

    private final VentanillaApi api;
    private final MultipartCall multipart;
    private final HttpClient http;

    public CaptureApi(VentanillaApi api) {
        this.api = api;
        this.multipart = new MultipartCall(api);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * A page of the document to send.
     *
     * @param fileName    the name the browser gave it
     * @param contentType the type the browser claimed (the backend decides from the bytes)
     * @param size        its length in bytes
     * @param content     opens its bytes; called once, when the request body reaches it
     */
    public record Page(String fileName, String contentType, long size, Content content) {
    }

    /** Opens a page's bytes. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /**
     * A registered document.
     *
     * @param id    the correspondence id
     * @param folio its folio, e.g. {@code DCG-2026-000123}
     */
    public record Registered(String id, String folio) {
    }

    /** Document types, archival series, the units a document may be addressed to and the caller's own unit. */
    public JsonNode catalogues(String accessToken) {
        return api.call(CATALOGUES, Map.of(), accessToken);
    }

    /**
     * Registers a document: {@code input} is a {@code RegisterCorrespondenceInput} as the capture screen wrote it
     * (with its idempotency key), {@code pages} its pages in order. Refusals are {@link ApiException}s.
     */
    public Registered register(String accessToken, ObjectNode input, List<Page> pages) {
        List<MultipartCall.File> files = pages.stream().map(page -> MultipartCall.File.streamed(page.fileName(),
                page.contentType(), page.size(), page.content()::open)).toList();
        JsonNode item = multipart.call(REGISTER, Map.of("input", input), "pages", files, accessToken)
                .path("registerCorrespondence");
        return new Registered(item.path("id").asText(), item.path("folio").asText());
    }

    /** The receipt PDF of a document the caller sees, streamed from the backend; NOT_FOUND otherwise. */
    public InputStream receipt(String accessToken, String correspondenceId) {
        URI uri = api.endpoint().resolve("/correspondence/" + correspondenceId + "/receipt.pdf");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken).GET().build();
        HttpResponse<InputStream> response = fetch(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 200) {
            return response.body();
        }
        close(response.body());
        throw new ApiException(switch (response.statusCode()) {
            case 401 -> ApiException.UNAUTHENTICATED;
            case 403 -> "FORBIDDEN";
            case 404, 400 -> "NOT_FOUND";
            default -> ApiException.UNAVAILABLE;
        }, "The receipt of " + correspondenceId + " answered " + response.statusCode());
    }

    private <T> HttpResponse<T> fetch(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new ApiException(ApiException.UNAVAILABLE, "No answer from " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.UNAVAILABLE, "Interrupted while calling " + request.uri(), e);
        }
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // Nothing more to read from a refusal.
        }
    }
}
