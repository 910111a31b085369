package mx.ventanilla.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import io.helidon.config.Config;
import mx.ventanilla.storage.ObjectStorage;
import mx.ventanilla.storage.ObjectStorageSettings;

/**
 * Opens object storage from the {@code ventanilla.storage} configuration. With an endpoint it connects to that
 * MinIO/S3 service and requires its credentials; without one it starts the embedded S3-compatible server in the data
 * directory, with credentials generated on first start and kept beside its data (never in the repository).
 */
public final class StorageSetup {

    private StorageSetup() {
    }

    public static ObjectStorage open(Config storage, Path dataDir) {
        ObjectStorageSettings.Builder settings = ObjectStorageSettings.builder()
                .bucket(storage.get("bucket").asString().orElse(ObjectStorageSettings.DEFAULT_BUCKET))
                .region(storage.get("region").asString().orElse(ObjectStorageSettings.DEFAULT_REGION))
                .embeddedDataDirectory(dataDir.resolve("object-storage"));
        String endpoint = storage.get("endpoint").asString().orElse("");
        if (endpoint.isBlank()) {
            List<String> keys = embeddedCredentials(dataDir.resolve("object-storage-credentials"));
            return ObjectStorage.open(settings.accessKey(keys.get(0)).secretKey(keys.get(1)).build());
        }
        String accessKey = required(storage, "access-key");
        String secretKey = required(storage, "secret-key");
        return ObjectStorage.open(settings.endpoint(URI.create(endpoint)).accessKey(accessKey).secretKey(secretKey)
                .build());
    }

    private static String required(Config storage, String key) {
        return storage.get(key).asString().filter(value -> !value.isBlank()).orElseThrow(() ->
                new IllegalStateException("ventanilla.storage." + key + " must be set when ventanilla.storage.endpoint "
                        + "is configured (environment variable VENTANILLA_STORAGE_"
                        + key.toUpperCase().replace('-', '_') + ")."));
    }

    /** Access and secret key of the embedded server: read from the file, or generated and written once. */
    private static List<String> embeddedCredentials(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readAllLines(file, StandardCharsets.UTF_8);
            }
            Files.createDirectories(file.getParent());
            SecureRandom random = new SecureRandom();
            List<String> keys = List.of("ventanilla-" + hex(random, 8), hex(random, 24));
            Files.write(file, keys, StandardCharsets.UTF_8);
            restrictToOwner(file);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded object-storage credentials in " + file, e);
        }
    }

    private static String hex(SecureRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the data directory's own permissions apply
        }
    }
}
