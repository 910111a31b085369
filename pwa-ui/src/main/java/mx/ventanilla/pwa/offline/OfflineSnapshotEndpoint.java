package mx.ventanilla.pwa.offline;

import java.io.IOException;
import java.io.Serial;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.api.ApiSession;
import mx.ventanilla.pwa.api.OfflineCopyApi;
import mx.ventanilla.pwa.device.DeviceEndpoint;
import mx.ventanilla.pwa.i18n.Translations;

/**
 * {@code GET /device/offline/snapshot[?lang=en]}: the signed-in user's {@link OfflineSnapshot} as JSON, taken from
 * the API with the user's own token, so it holds only what they may see. The page stores it in Cache Storage itself;
 * the response is never kept by the HTTP cache.
 */
@WebServlet(urlPatterns = "/device/offline/snapshot")
public class OfflineSnapshotEndpoint extends DeviceEndpoint {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response, Caller caller)
            throws IOException {
        if (!"GET".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Locale locale = localeOf(request);
        OfflineSnapshot snapshot = take(caller);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        JSON.writeValue(response.getOutputStream(), snapshot.toJson(caller.services().timeZone(),
                locale.toLanguageTag(), Translations.withPrefix("offline.", locale)));
    }

    private static OfflineSnapshot take(Caller caller) {
        OfflineCopyApi api = new OfflineCopyApi(caller.services().api());
        String token = caller.accessToken();
        Instant takenAt = Instant.now();
        JsonNode data = api.openTurns(token);
        List<JsonNode> turns = OfflineSnapshot.openTurns(data);
        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (String id : OfflineSnapshot.itemIds(turns)) {
            try {
                items.put(id, api.item(id, token));
            } catch (ApiException refused) {
                if (!"NOT_FOUND".equals(refused.code())) {
                    throw refused;
                }
            }
        }
        return new OfflineSnapshot(owner(caller.signedIn().user(), data.path("me").path("unit")), takenAt, turns,
                items);
    }

    private static OfflineSnapshot.Owner owner(ApiSession.SignedInUser user, JsonNode unit) {
        String unitName = unit.isObject() ? unit.path("name").asText() + " (" + unit.path("code").asText() + ")" : "";
        return new OfflineSnapshot.Owner(user.id(), user.username(), user.fullName(), unitName);
    }

    private static Locale localeOf(HttpServletRequest request) {
        String language = request.getParameter("lang");
        if (language == null) {
            return request.getLocale();
        }
        return language.toLowerCase(Locale.ROOT).startsWith("en") ? Translations.ENGLISH : Translations.SPANISH;
    }
}
