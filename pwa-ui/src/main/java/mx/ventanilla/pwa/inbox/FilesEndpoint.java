package mx.ventanilla.pwa.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.ventanilla.pwa.api.ItemFiles;
import mx.ventanilla.pwa.device.DeviceEndpoint;

/**
 * An item's files for the browser, for the signed-in user: {@code /device/files/{id}/pdf}, {@code …/receipt},
 * {@code …/pages/{n}/thumbnail}, {@code …/pages/{n}/original} (pages from 1) and the files attached to responses,
 * {@code …/turns/{turnId}/responses/{n}/attachments/{m}} (both from 1). The API is asked for the item (or the turn,
 * which must be one of that item's) with the user's token each time, so what the user may not see answers 404 like
 * what does not exist, and the
 * object is streamed from the store's short-lived URL, which the phone may not reach. Nothing is kept by shared caches
 * or the browser's HTTP cache ({@code private, no-store}): a device's copies are the offline store's business, which
 * sign-out empties.
 */
@WebServlet(urlPatterns = "/device/files/*")
public class FilesEndpoint extends DeviceEndpoint {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String ID = "([A-Za-z0-9_-]{1,64})";
    private static final String NUMBER = "([1-9][0-9]{0,3})";
    private static final Pattern PATH = Pattern.compile(
            "/" + ID + "/(pdf|receipt|pages/" + NUMBER + "/(thumbnail|original)"
                    + "|turns/" + ID + "/responses/" + NUMBER + "/attachments/" + NUMBER + ")");

    /** The path of an item's file for the browser. */
    static String path(String itemId, String file) {
        return "/device/files/" + itemId + "/" + file;
    }

    /** The path of a file attached to a turn's response, responses and attachments counted from 1. */
    public static String attachmentPath(String itemId, String turnId, int response, int attachment) {
        return path(itemId, "turns/" + turnId + "/responses/" + response + "/attachments/" + attachment);
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response, Caller caller)
            throws IOException {
        Matcher matcher = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ItemFiles files = new ItemFiles(caller.services().api());
        Optional<ItemFiles.Download> download = files.open(matcher.group(1), which(matcher), caller.accessToken());
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(download.get(), response, request.getMethod());
    }

    private static ItemFiles.Which which(Matcher matcher) {
        return switch (matcher.group(2)) {
            case "pdf" -> new ItemFiles.Which.Pdf();
            case "receipt" -> new ItemFiles.Which.Receipt();
            case String file when file.startsWith("turns/") -> new ItemFiles.Which.ResponseAttachment(
                    matcher.group(5), Integer.parseInt(matcher.group(6)), Integer.parseInt(matcher.group(7)));
            default -> "thumbnail".equals(matcher.group(4))
                    ? new ItemFiles.Which.Thumbnail(Integer.parseInt(matcher.group(3)))
                    : new ItemFiles.Which.Original(Integer.parseInt(matcher.group(3)));
        };
    }

    private static void send(ItemFiles.Download download, HttpServletResponse response, String method)
            throws IOException {
        response.setContentType(download.contentType());
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", download.fileName()
                .map(name -> "inline; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .orElse("inline"));
        try (InputStream in = download.content()) {
            if ("HEAD".equals(method)) {
                return;
            }
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
        }
    }
}
