package mx.ventanilla.pwa.offline;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.ventanilla.pwa.testing.BrowserApp;

/**
 * Items the offline tests create through the API: registered by the registry desk with page photos (a multipart
 * request, the GraphQL upload spec) and turned by the director to a unit.
 */
final class TestItems {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "ventanilla-offline-test-3f9a";
    private static final String REGISTER = "mutation($input: RegisterCorrespondenceInput!, $pages: [Upload!]) {"
            + " registerCorrespondence(input: $input, pages: $pages) { id folio } }";

    /** A registered and turned item. */
    record Item(String id, String folio, String subject) {
    }

    private final BrowserApp app;
    private final HttpClient http = HttpClient.newHttpClient();

    TestItems(BrowserApp app) {
        this.app = app;
    }

    /** The id of the unit with {@code code}. */
    String unitId(String code) {
        for (JsonNode unit : app.graphQl("admin", "{ orgTree { id code } }", Map.of()).path("orgTree")) {
            if (code.equals(unit.path("code").asText())) {
                return unit.path("id").asText();
            }
        }
        throw new AssertionError("No unit " + code);
    }

    /** Registers an item with {@code pages} page photos as {@code oficialia} and has the director turn it to a unit. */
    Item registerAndTurn(String subjectPrefix, int pages, String unitCode, String priority) {
        String unitId = unitId(unitCode);
        String subject = subjectPrefix + " " + UUID.randomUUID().toString().substring(0, 8);
        JsonNode registered = register(subject, pages, unitId, priority);
        Item item = new Item(registered.path("id").asText(), registered.path("folio").asText(), subject);
        app.graphQl("director", """
                mutation($id: ID!, $unit: ID!) {
                  turnCorrespondence(correspondenceId: $id, turns: [{recipientUnitId: $unit, instruction: ATTENTION,
                    instructions: "Atender y responder", dueInBusinessDays: 3}]) { id }
                }""", Map.of("id", item.id(), "unit", unitId));
        return item;
    }

    private JsonNode register(String subject, int pages, String unitId, String priority) {
        Map<String, Object> input = new HashMap<>();
        input.put("direction", "INCOMING");
        input.put("documentType", "OFICIO");
        input.put("documentDate", LocalDate.now().minusDays(2).toString());
        input.put("receivedAt", Instant.now().minusSeconds(600).toString());
        input.put("sender", Map.of("kind", "CITIZEN", "name", "María Elena Ruiz Castañeda"));
        input.put("addresseeUnitId", unitId);
        input.put("subject", subject);
        input.put("summary", "Solicita información sobre el trámite de licencia.");
        input.put("priority", priority);
        input.put("archivalSeries", "2C.5");
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input);
        variables.put("pages", Arrays.asList(new Object[pages]));
        StringBuilder map = new StringBuilder("{");
        for (int page = 0; page < pages; page++) {
            map.append(page == 0 ? "" : ",").append('"').append(page).append("\": [\"variables.pages.").append(page)
                    .append("\"]");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, "Content-Disposition: form-data; name=\"operations\"", json(Map.of("query", REGISTER,
                "variables", variables)));
        part(body, "Content-Disposition: form-data; name=\"map\"", (map + "}").getBytes(StandardCharsets.UTF_8));
        for (int page = 0; page < pages; page++) {
            part(body, "Content-Disposition: form-data; name=\"" + page + "\"; filename=\"pagina-" + (page + 1)
                    + ".jpg\"\r\nContent-Type: image/jpeg", photo(page));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode answer = post(body.toByteArray(), token("oficialia"));
        if (answer.has("errors")) {
            throw new AssertionError("Registration refused: " + answer.path("errors"));
        }
        return answer.path("data").path("registerCorrespondence");
    }

    private String token(String username) {
        return app.graphQl(username, "mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) {"
                + " accessToken } }", Map.of("u", username, "p", BrowserApp.PASSWORD))
                .path("signIn").path("accessToken").asText();
    }

    private JsonNode post(byte[] body, String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(app.backendUri().resolve(URI.create("/graphql")))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void part(ByteArrayOutputStream body, String headers, byte[] content) {
        body.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page-like JPEG: a white sheet with a few dark lines, 600 × 800. */
    static byte[] photo(int seed) {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 600, 800);
        graphics.setColor(Color.DARK_GRAY);
        for (int line : List.of(80, 140, 200, 260 + seed * 20)) {
            graphics.fillRect(60, line, 480, 12);
        }
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
