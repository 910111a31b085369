package mx.ventanilla.pwa.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The files of a correspondence item, fetched on the server for the signed-in user: the API is asked for the item
 * first, so the backend decides whether the caller may see it and issues the short-lived object-store URL; the
 * receipt comes from the backend's own route with the caller's token.
 */
public final class ItemFiles {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String FILES = "query($id: ID!) { correspondence(id: $id) { receiptPath"
            + " scans { pdf { contentType url } pages { thumbnail { contentType url } original { contentType url } } }"
            + " } }";
    private static final String RESPONSE_FILES = "query($id: ID!) { turn(id: $id) { correspondenceId"
            + " responses { attachments { contentType clientName url } } } }";

    /** Which file of an item. */
    public sealed interface Which {
        /** The PDF of all pages. */
        record Pdf() implements Which { }

        /** The receipt (acuse de recibo). */
        record Receipt() implements Which { }

        /** A page's thumbnail, 1 for the first page. */
        record Thumbnail(int page) implements Which { }

        /** A page as it was captured, 1 for the first page. */
        record Original(int page) implements Which { }

        /** A file attached to a response to one of the item's turns; responses and attachments count from 1. */
        record ResponseAttachment(String turnId, int response, int attachment) implements Which { }
    }

    /**
     * An open file; the caller closes {@code content}.
     *
     * @param contentType its media type
     * @param fileName    the name it had on the sender's device, for attachments
     * @param content     its bytes
     */
    public record Download(String contentType, Optional<String> fileName, InputStream content) {
    }

    private final VentanillaApi api;

    public ItemFiles(VentanillaApi api) {
        this.api = api;
    }

    /**
     * The file, or empty when the item has no such file (yet); {@code NOT_FOUND} {@link ApiException} when the item
     * does not exist or the caller may not see it.
     */
    public Optional<Download> open(String itemId, Which which, String accessToken) {
        return switch (which) {
            case Which.Receipt receipt -> fetch(api.endpoint().resolve(item(itemId, accessToken)
                    .path("receiptPath").asText()), Optional.of(accessToken), "application/pdf", Optional.empty());
            case Which.Pdf pdf -> stored(item(itemId, accessToken).path("scans").path("pdf"));
            case Which.Thumbnail page -> stored(page(item(itemId, accessToken), page.page()).path("thumbnail"));
            case Which.Original page -> stored(page(item(itemId, accessToken), page.page()).path("original"));
            case Which.ResponseAttachment attachment -> responseAttachment(itemId, attachment, accessToken);
        };
    }

    private JsonNode item(String itemId, String accessToken) {
        return api.call(FILES, Map.of("id", itemId), accessToken).path("correspondence");
    }

    /**
     * The API is asked for the turn as the caller, so the backend decides; a turn of another item is treated as
     * absent, so a path can only name files of the item it starts with.
     */
    private Optional<Download> responseAttachment(String itemId, Which.ResponseAttachment which, String accessToken) {
        JsonNode turn = api.call(RESPONSE_FILES, Map.of("id", which.turnId()), accessToken).path("turn");
        if (!itemId.equals(turn.path("correspondenceId").asText())) {
            return Optional.empty();
        }
        JsonNode file = turn.path("responses").path(which.response() - 1).path("attachments")
                .path(which.attachment() - 1);
        return stored(file);
    }

    private static JsonNode page(JsonNode item, int number) {
        return item.path("scans").path("pages").path(number - 1);
    }

    private static Optional<Download> stored(JsonNode file) {
        if (!file.path("url").isTextual()) {
            return Optional.empty();
        }
        Optional<String> name = file.path("clientName").isTextual()
                ? Optional.of(file.path("clientName").asText()) : Optional.empty();
        return fetch(URI.create(file.path("url").asText()), Optional.empty(), file.path("contentType").asText(), name);
    }

    private static Optional<Download> fetch(URI uri, Optional<String> accessToken, String contentType,
                                            Optional<String> fileName) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
        accessToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() == 404) {
                response.body().close();
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                response.body().close();
                throw new ApiException(ApiException.UNAVAILABLE, "The file answered " + response.statusCode());
            }
            return Optional.of(new Download(contentType, fileName, response.body()));
        } catch (IOException e) {
            throw new ApiException(ApiException.UNAVAILABLE, "The file could not be read: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.UNAVAILABLE, "Interrupted while reading a file", e);
        }
    }
}
