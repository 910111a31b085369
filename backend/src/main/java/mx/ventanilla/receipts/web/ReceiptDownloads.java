package mx.ventanilla.receipts.web;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ErrorCode;
import mx.ventanilla.platform.error.NotFoundException;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.receipts.model.ReceiptContent;
import mx.ventanilla.receipts.model.ReceiptLookup;
import mx.ventanilla.receipts.model.ReceiptRenderer;

/**
 * {@code GET /correspondence/{id}/receipt.pdf}: the acuse de recibo of a registered document, for a signed-in caller
 * who can see it. Register it at {@code /correspondence}. Without a token the answer is 401; a document that does not
 * exist and one the caller may not see are both 404, with the same message; errors are JSON with
 * {@code extensions.code}, like the GraphQL endpoint's.
 */
public final class ReceiptDownloads implements HttpService {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HeaderName CONTENT_TYPE_OPTIONS = HeaderNames.create("X-Content-Type-Options");

    private final Authenticator authenticator;
    private final ReceiptLookup lookup;
    private final ReceiptRenderer renderer;

    public ReceiptDownloads(Authenticator authenticator, ReceiptLookup lookup, ReceiptRenderer renderer) {
        this.authenticator = authenticator;
        this.lookup = lookup;
        this.renderer = renderer;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}/receipt.pdf", this::download);
    }

    private void download(ServerRequest request, ServerResponse response) {
        Optional<Principal> caller;
        try {
            caller = authenticator.authenticate(request.headers().first(HeaderNames.AUTHORIZATION));
        } catch (UnauthenticatedException e) {
            unauthenticated(response, e.getMessage());
            return;
        }
        if (caller.isEmpty()) {
            unauthenticated(response, "Sign in to download a receipt.");
            return;
        }
        Optional<ReceiptContent> content = visibleReceipt(caller.get(), request.path().pathParameters().get("id"));
        if (content.isEmpty()) {
            error(response, Status.NOT_FOUND_404, "There is no document with this id that you can see.",
                    ErrorCode.NOT_FOUND);
            return;
        }
        send(response, content.get());
    }

    private Optional<ReceiptContent> visibleReceipt(Principal caller, String id) {
        try {
            return lookup.receiptOf(caller, id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private void send(ServerResponse response, ReceiptContent content) {
        byte[] pdf = renderer.render(content);
        response.header(HeaderNames.CONTENT_TYPE, "application/pdf");
        response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"acuse-"
                + content.folio().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf\"");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header(CONTENT_TYPE_OPTIONS, "nosniff");
        response.send(pdf);
    }

    private static void unauthenticated(ServerResponse response, String message) {
        response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        error(response, Status.UNAUTHORIZED_401, message, ErrorCode.UNAUTHENTICATED);
    }

    private static void error(ServerResponse response, Status status, String message, ErrorCode code) {
        try {
            byte[] body = MAPPER.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message,
                    "extensions", Map.of("code", code.name())))));
            response.status(status);
            response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
            response.header(HeaderNames.CACHE_CONTROL, "no-store");
            response.send(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
