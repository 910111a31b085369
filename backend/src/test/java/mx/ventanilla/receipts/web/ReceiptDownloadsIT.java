package mx.ventanilla.receipts.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import io.helidon.webserver.WebServer;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.receipts.infrastructure.PdfReceiptRenderer;
import mx.ventanilla.receipts.model.ReceiptContent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptDownloadsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Principal OFFICER = new Principal("u1", Principal.Kind.USER, "Oficialía", Set.of(Role.OFFICER),
            "DCG", Set.of());
    private static final ReceiptContent RECEIPT = new ReceiptContent("Instituto", "DCG-2026-000007",
            Instant.parse("2026-01-15T16:00:00Z"), "Juan Pérez", "Petición de información", "Dirección General",
            "REF-7", Optional.empty());

    private static WebServer server;

    @BeforeAll
    static void start() {
        ReceiptDownloads downloads = new ReceiptDownloads(header -> header.map(value -> {
            if (!value.equals("Bearer officer")) {
                throw new UnauthenticatedException("The access token is not valid.");
            }
            return OFFICER;
        }), (caller, id) -> id.equals("c7") && caller.unitId().equals("DCG") ? Optional.of(RECEIPT)
                : Optional.empty(), new PdfReceiptRenderer(ZoneId.of("America/Mexico_City")));
        server = WebServer.builder().host("127.0.0.1").port(0)
                .routing(routing -> routing.register("/correspondence", downloads)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void callerWhoSeesTheDocumentDownloadsItsReceipt() throws Exception {
        HttpResponse<byte[]> response = get("/correspondence/c7/receipt.pdf", Optional.of("Bearer officer"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"acuse-DCG-2026-000007.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("DCG-2026-000007", "Petición de información");
        }
    }

    @Test
    void documentTheCallerCannotSeeIs404LikeOneThatDoesNotExist() throws Exception {
        HttpResponse<byte[]> hidden = get("/correspondence/c8/receipt.pdf", Optional.of("Bearer officer"));

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(new String(hidden.body())).contains("\"code\":\"NOT_FOUND\"");
    }

    @Test
    void anonymousOrBadTokenIs401() throws Exception {
        assertThat(get("/correspondence/c7/receipt.pdf", Optional.empty()).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> bad = get("/correspondence/c7/receipt.pdf", Optional.of("Bearer forged"));
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(new String(bad.body())).contains("UNAUTHENTICATED");
    }

    private static HttpResponse<byte[]> get(String path, Optional<String> authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        authorization.ifPresent(value -> request.header("Authorization", value));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
