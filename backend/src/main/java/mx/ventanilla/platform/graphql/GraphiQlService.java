package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * GraphiQL, the in-browser IDE for the API, at {@code /graphiql}: a page plus GraphiQL, React and ReactDOM taken from
 * the webjars the build packs into the server, so nothing is loaded from another host (the page's Content Security
 * Policy forbids it). The webjar assets are served under versioned names and cached for a year; the page and its two
 * small files of our own are revalidated on every load.
 */
public final class GraphiQlService implements HttpService {

    private static final String WEBJARS = "META-INF/resources/webjars/";
    private static final String JS = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final HeaderName CSP = HeaderNames.create("Content-Security-Policy");
    private static final HeaderName CONTENT_TYPE_OPTIONS = HeaderNames.create("X-Content-Type-Options");
    private static final HeaderName REFERRER_POLICY = HeaderNames.create("Referrer-Policy");

    private final Asset page;
    private final Map<String, Asset> assets;

    private GraphiQlService(Asset page, Map<String, Asset> assets) {
        this.page = page;
        this.assets = Map.copyOf(assets);
    }

    /** One file served as is. */
    private record Asset(byte[] bytes, String mediaType, String cacheControl, String etag) {

        static Asset of(byte[] bytes, String mediaType, String cacheControl) {
            return new Asset(bytes, mediaType, cacheControl, etagOf(bytes));
        }
    }

    /** Loads the page and the assets from the classpath; fails at start-up when a webjar is missing. */
    public static GraphiQlService create() {
        String graphiql = webjarVersion("graphiql");
        String react = webjarVersion("react");
        String reactDom = webjarVersion("react-dom");
        Map<String, Asset> assets = Map.of(
                "graphiql-" + graphiql + ".min.css",
                Asset.of(read(WEBJARS + "graphiql/" + graphiql + "/graphiql.min.css"), CSS, IMMUTABLE),
                "graphiql-" + graphiql + ".min.js",
                Asset.of(read(WEBJARS + "graphiql/" + graphiql + "/graphiql.min.js"), JS, IMMUTABLE),
                "react-" + react + ".production.min.js",
                Asset.of(read(WEBJARS + "react/" + react + "/umd/react.production.min.js"), JS, IMMUTABLE),
                "react-dom-" + reactDom + ".production.min.js",
                Asset.of(read(WEBJARS + "react-dom/" + reactDom + "/umd/react-dom.production.min.js"), JS, IMMUTABLE),
                "page.css", Asset.of(read("graphiql/page.css"), CSS, REVALIDATE),
                "start.js", Asset.of(read("graphiql/start.js"), JS, REVALIDATE));
        String html = new String(read("graphiql/index.html"), StandardCharsets.UTF_8)
                .replace("{{graphiql}}", graphiql)
                .replace("{{react}}", react)
                .replace("{{react-dom}}", reactDom);
        return new GraphiQlService(Asset.of(html.getBytes(StandardCharsets.UTF_8), HTML, REVALIDATE), assets);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (request, response) -> {
                    response.header(CSP, CONTENT_SECURITY_POLICY);
                    response.header(REFERRER_POLICY, "no-referrer");
                    serve(page, request, response);
                })
                .get("/assets/{name}", (request, response) -> {
                    Optional<Asset> asset = Optional.ofNullable(
                            assets.get(request.path().pathParameters().get("name")));
                    if (asset.isEmpty()) {
                        response.status(Status.NOT_FOUND_404).send();
                        return;
                    }
                    serve(asset.get(), request, response);
                });
    }

    private static void serve(Asset asset, ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CACHE_CONTROL, asset.cacheControl());
        response.header(HeaderNames.ETAG, asset.etag());
        response.header(CONTENT_TYPE_OPTIONS, "nosniff");
        boolean unchanged = request.headers().first(HeaderNames.IF_NONE_MATCH)
                .filter(tags -> tags.contains(asset.etag()))
                .isPresent();
        if (unchanged) {
            response.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        response.header(HeaderNames.CONTENT_TYPE, asset.mediaType());
        response.send(asset.bytes());
    }

    private static String webjarVersion(String artifact) {
        String location = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        Properties properties = new Properties();
        try (InputStream in = open(location)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(properties.getProperty("version"))
                .orElseThrow(() -> new IllegalStateException("No version in " + location));
    }

    private static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = GraphiQlService.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("GraphiQL cannot start: " + resource + " is missing from the classpath. "
                    + "Check the graphiql, react and react-dom webjars in the backend's dependencies.");
        }
        return in;
    }

    private static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
