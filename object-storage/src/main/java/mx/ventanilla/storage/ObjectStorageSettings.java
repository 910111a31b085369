package mx.ventanilla.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to reach the object store.
 *
 * <p>Without an {@link #endpoint() endpoint}, {@link ObjectStorage#open(ObjectStorageSettings)} starts an
 * {@link EmbeddedS3Server} that keeps its data in {@link #embeddedDataDirectory()} and accepts the same credentials.
 * Build instances with {@link #builder()}; {@link #toString()} never shows the secret key.
 *
 * @param endpoint the S3 endpoint, such as {@code https://minio.example.gob.mx}; empty to embed a server
 * @param accessKey the access key (user name) for the store
 * @param secretKey the secret key (password) for the store
 * @param bucket the bucket that holds every object, created when missing
 * @param region the region to sign requests for
 * @param embeddedDataDirectory where the embedded server keeps its files; unused with an endpoint
 * @param embeddedPort the loopback port for the embedded server, {@code 0} for any free port
 * @param maxPresignTtl the longest a presigned URL may stay valid; longer requests are shortened to this
 * @param retentionMode the object-lock mode used by {@link ObjectStorage#retainUntil}
 */
public record ObjectStorageSettings(
        Optional<URI> endpoint,
        String accessKey,
        String secretKey,
        String bucket,
        String region,
        Path embeddedDataDirectory,
        int embeddedPort,
        Duration maxPresignTtl,
        RetentionMode retentionMode) {

    public static final String DEFAULT_BUCKET = "ventanilla";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final Path DEFAULT_EMBEDDED_DATA_DIRECTORY = Path.of("data", "object-storage");
    public static final Duration DEFAULT_MAX_PRESIGN_TTL = Duration.ofMinutes(5);

    /** S3 refuses presigned URLs that live longer than a week. */
    private static final Duration LONGEST_PRESIGN_TTL = Duration.ofDays(7);
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    public ObjectStorageSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        endpoint.ifPresent(ObjectStorageSettings::requireHttpEndpoint);
        requireText(accessKey, "accessKey");
        requireText(secretKey, "secretKey");
        requireBucketName(bucket);
        requireText(region, "region");
        Objects.requireNonNull(embeddedDataDirectory, "embeddedDataDirectory");
        requirePort(embeddedPort);
        requirePresignTtl(maxPresignTtl);
        Objects.requireNonNull(retentionMode, "retentionMode");
    }

    /** A builder with the defaults: bucket {@value #DEFAULT_BUCKET}, region {@value #DEFAULT_REGION}, 5 minutes. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether {@link ObjectStorage} starts its own server instead of connecting to {@link #endpoint()}. */
    public boolean usesEmbeddedServer() {
        return endpoint.isEmpty();
    }

    @Override
    public String toString() {
        return "ObjectStorageSettings[endpoint=%s, accessKey=%s, secretKey=****, bucket=%s, region=%s, "
                .formatted(endpoint.map(URI::toString).orElse("embedded"), accessKey, bucket, region)
                + "embeddedDataDirectory=%s, embeddedPort=%d, maxPresignTtl=%s, retentionMode=%s]"
                .formatted(embeddedDataDirectory, embeddedPort, maxPresignTtl, retentionMode);
    }

    private static void requireHttpEndpoint(URI uri) {
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        boolean http = scheme.equals("http") || scheme.equals("https");
        if (!http || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "endpoint must be an http or https URL such as https://minio.example.org:9000, not " + uri);
        }
    }

    private static void requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static void requireBucketName(@Nullable String bucket) {
        if (bucket == null || !BUCKET_NAME.matcher(bucket).matches() || bucket.contains("..")) {
            throw new IllegalArgumentException("bucket must be a valid S3 bucket name (3 to 63 lower-case letters, "
                    + "digits, dots or hyphens), not '" + bucket + "'");
        }
    }

    private static void requirePort(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("embeddedPort must be between 0 (any free port) and 65535, not " + port);
        }
    }

    private static void requirePresignTtl(@Nullable Duration ttl) {
        Objects.requireNonNull(ttl, "maxPresignTtl");
        if (ttl.toSeconds() < 1 || ttl.compareTo(LONGEST_PRESIGN_TTL) > 0) {
            throw new IllegalArgumentException("maxPresignTtl must be between 1 second and 7 days, not " + ttl);
        }
    }

    /** Builds {@link ObjectStorageSettings}; access key and secret key have no default. */
    public static final class Builder {

        private @Nullable URI endpoint;
        private @Nullable String accessKey;
        private @Nullable String secretKey;
        private String bucket = DEFAULT_BUCKET;
        private String region = DEFAULT_REGION;
        private Path embeddedDataDirectory = DEFAULT_EMBEDDED_DATA_DIRECTORY;
        private int embeddedPort;
        private Duration maxPresignTtl = DEFAULT_MAX_PRESIGN_TTL;
        private RetentionMode retentionMode = RetentionMode.GOVERNANCE;

        private Builder() {
        }

        /** Connects to this S3 endpoint instead of embedding a server. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        public Builder secretKey(String secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        public Builder bucket(String bucket) {
            this.bucket = bucket;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder embeddedDataDirectory(Path embeddedDataDirectory) {
            this.embeddedDataDirectory = embeddedDataDirectory;
            return this;
        }

        public Builder embeddedPort(int embeddedPort) {
            this.embeddedPort = embeddedPort;
            return this;
        }

        public Builder maxPresignTtl(Duration maxPresignTtl) {
            this.maxPresignTtl = maxPresignTtl;
            return this;
        }

        public Builder retentionMode(RetentionMode retentionMode) {
            this.retentionMode = retentionMode;
            return this;
        }

        /**
         * Checks and returns the settings.
         *
         * @throws IllegalArgumentException naming the first setting that is missing or invalid
         */
        public ObjectStorageSettings build() {
            return new ObjectStorageSettings(Optional.ofNullable(endpoint), accessKey, secretKey, bucket, region,
                    embeddedDataDirectory, embeddedPort, maxPresignTtl, retentionMode);
        }
    }
}
