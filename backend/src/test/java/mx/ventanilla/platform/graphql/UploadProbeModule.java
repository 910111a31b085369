package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.schema.idl.RuntimeWiring;

/** A feature for tests only: mutations that report the uploads they were given and remember their temporary files. */
final class UploadProbeModule implements GraphQlModule {

    final List<Path> seenFiles = Collections.synchronizedList(new ArrayList<>());

    @Override
    public String schemaResource() {
        return "graphql/upload-test.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> type
                .dataFetcher("probeUploads", environment -> {
                    Map<String, Object> input = environment.getArgument("input");
                    @SuppressWarnings("unchecked")
                    List<Upload> pages = (List<Upload>) input.get("pages");
                    Stream<Upload> cover = input.get("cover") instanceof Upload upload ? Stream.of(upload)
                            : Stream.empty();
                    return Stream.concat(pages.stream(), cover).map(this::report).toList();
                })
                .dataFetcher("probeOne", environment -> report(environment.getArgument("file"))));
    }

    private Map<String, Object> report(Upload upload) {
        seenFiles.add(upload.file());
        try {
            byte[] bytes = Files.readAllBytes(upload.file());
            return Map.of("fileName", upload.fileName(), "declaredType", upload.declaredType(),
                    "size", upload.size(), "sha256", HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
