package mx.ventanilla.storage;

import io.minio.BucketExistsArgs;
import io.minio.Checksum;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.SetObjectRetentionArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.UploadObjectArgs;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import io.minio.messages.Retention;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Scans and attachments in an S3-compatible bucket, read and written through the MinIO client.
 *
 * <p>{@link #open(ObjectStorageSettings)} connects to the configured endpoint, or starts an {@link EmbeddedS3Server}
 * when there is none, creates the bucket if it is missing and turns on versioning where the store supports it.
 * Content is streamed in parts of 5 MiB, so memory use does not grow with the size of a file.
 *
 * <p>Instances are thread-safe. Every failure is an unchecked {@link ObjectStorageException}.
 */
public final class ObjectStorage implements AutoCloseable {

    /** The part size for uploads of unknown length: the smallest S3 allows, and all that is held in memory. */
    static final long PART_SIZE = 5L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(ObjectStorage.class.getName());
    private static final String CLIENT_FILE_NAME = "client-file-name";
    private static final long CONNECT_TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(10);
    private static final long TRANSFER_TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(2);

    private final MinioClient client;
    private final ObjectStorageSettings settings;
    private final URI endpoint;
    private final Optional<EmbeddedS3Server> embeddedServer;
    private final boolean versioning;
    private final boolean objectLock;
    private final ObjectKeys keys = new ObjectKeys(Clock.systemUTC());
    private final ContentSniffer sniffer = new ContentSniffer();

    private ObjectStorage(MinioClient client, ObjectStorageSettings settings, URI endpoint,
            Optional<EmbeddedS3Server> embeddedServer, boolean versioning, boolean objectLock) {
        this.client = client;
        this.settings = settings;
        this.endpoint = endpoint;
        this.embeddedServer = embeddedServer;
        this.versioning = versioning;
        this.objectLock = objectLock;
    }

    /**
     * Connects to the store (starting the embedded one when no endpoint is configured), creates the bucket when it is
     * missing, and finds out whether the store supports versioning and object lock.
     *
     * @throws ObjectStorageException when the store cannot be reached, refuses the credentials, or the embedded server
     *     cannot start
     */
    public static ObjectStorage open(ObjectStorageSettings settings) {
        Optional<EmbeddedS3Server> server = settings.usesEmbeddedServer()
                ? Optional.of(startEmbedded(settings))
                : Optional.empty();
        try {
            return connect(settings, server);
        } catch (RuntimeException e) {
            server.ifPresent(EmbeddedS3Server::close);
            throw e;
        }
    }

    /**
     * Stores content of any length, streaming it in parts, under a newly generated key.
     *
     * <p>The media type is detected from the first bytes; content of a type that the options do not allow is refused
     * before anything is uploaded. The content stream is not closed.
     *
     * @throws UnsupportedContentTypeException when the content is not of an allowed type
     * @throws ObjectTooLargeException when the content is larger than the options allow; nothing is left stored
     */
    public StoredObject put(InputStream content, PutOptions options) {
        return put(content, -1L, options);
    }

    /**
     * Stores content whose length is known beforehand (a received file already on disk, bytes in memory) under a
     * newly generated key. Up to the part size it goes up in one request (the client reads it into memory first, to
     * compute the checksums it signs with; {@link #put(Path, PutOptions)} does not); larger content is split into
     * parts of the client's choosing.
     * Content larger than the options allow is refused before anything is read. Exactly {@code size} bytes are read;
     * the content stream is not closed.
     *
     * @throws UnsupportedContentTypeException when the content is not of an allowed type
     * @throws ObjectTooLargeException when {@code size} is larger than the options allow
     * @throws ObjectStorageException when the stream ends before {@code size} bytes; nothing is left stored
     */
    public StoredObject put(InputStream content, long size, PutOptions options) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(options, "options");
        if (size > options.maxSize()) {
            throw new ObjectTooLargeException(options.maxSize());
        }
        MeasuredInputStream measured = new MeasuredInputStream(content, options.maxSize());
        byte[] head = readHead(measured, options, size);
        String contentType = allowedTypeOf(head, options);
        String key = keys.next(options.keyPrefix());
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), measured);
        ObjectWriteResponse response = upload(key, whole, size, contentType, measured, options);
        return new StoredObject(key, measured.count(), measured.sha256Hex(), contentType,
                Optional.ofNullable(response.versionId()));
    }

    /**
     * Stores a file (a received upload on disk) under a newly generated key, without ever holding it in memory: the
     * client reads the file once to compute the checksums the request is signed with, then sends it from the file,
     * in one request up to the part size and in parts beyond. The content type is detected from the first bytes and
     * the SHA-256 computed from the file before anything is sent; a file larger than the options allow, or of a type
     * they do not allow, is refused before the store is contacted. The file must not change while it is stored.
     *
     * @throws UnsupportedContentTypeException when the content is not of an allowed type
     * @throws ObjectTooLargeException when the file is larger than the options allow
     * @throws ObjectStorageException when the file cannot be read or the store refuses it; nothing is left stored
     */
    public StoredObject put(Path file, PutOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        long size = sizeOf(file);
        if (size > options.maxSize()) {
            throw new ObjectTooLargeException(options.maxSize());
        }
        String sha256;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            MeasuredInputStream measured = new MeasuredInputStream(in, options.maxSize());
            head = measured.readNBytes((int) Math.min(sniffer.headLength(), size));
            measured.transferTo(OutputStream.nullOutputStream());
            sha256 = measured.sha256Hex();
        } catch (IOException e) {
            throw new ObjectStorageException("Could not read the file to store: " + e.getMessage(), e);
        }
        String contentType = allowedTypeOf(head, options);
        String key = keys.next(options.keyPrefix());
        ObjectWriteResponse response = uploadFile(key, file, contentType, options);
        return new StoredObject(key, size, sha256, contentType, Optional.ofNullable(response.versionId()));
    }

    /**
     * Opens the object's content; the caller must close the stream.
     *
     * @throws ObjectNotFoundException when there is no object with this key
     */
    public InputStream get(String key) {
        requireKey(key);
        return open(key, GetObjectArgs.builder().bucket(settings.bucket()).object(key).build());
    }

    /**
     * Opens {@code length} bytes of the object's content starting at {@code offset}, fewer where the object ends
     * sooner; the caller must close the stream.
     *
     * @throws ObjectNotFoundException when there is no object with this key
     * @throws ObjectStorageException when the offset lies beyond the end of the object
     */
    public InputStream get(String key, long offset, long length) {
        requireKey(key);
        if (offset < 0 || length < 1) {
            throw new IllegalArgumentException(
                    "A range needs an offset of 0 or more and a length of 1 or more, not offset %d and length %d"
                            .formatted(offset, length));
        }
        return open(key, GetObjectArgs.builder().bucket(settings.bucket()).object(key)
                .offset(offset).length(length).build());
    }

    /** What the store knows about the object, or empty when there is no object with this key. */
    public Optional<ObjectInfo> stat(String key) {
        requireKey(key);
        try {
            return Optional.of(toInfo(key, client.statObject(
                    StatObjectArgs.builder().bucket(settings.bucket()).object(key).build())));
        } catch (MinioException | IllegalStateException e) {
            if (MinioErrors.isMissingObject(e)) {
                return Optional.empty();
            }
            throw failure("read the metadata of object '" + key + "'", e);
        }
    }

    /**
     * The current objects whose keys start with {@code prefix} and that were stored before {@code olderThan}, in key
     * order. The listing is read lazily, one page of the store's answer at a time, so a bucket of any size can be
     * walked without holding it in memory; earlier versions and delete markers of a versioned bucket are not listed.
     *
     * @throws IllegalArgumentException when the prefix is blank
     * @throws ObjectStorageException (while the stream is consumed) when a page of the listing cannot be read
     */
    public Stream<ListedObject> list(String prefix, Instant olderThan) {
        requireKey(prefix);
        Objects.requireNonNull(olderThan, "olderThan");
        Iterable<Result<Item>> pages = client.listObjects(ListObjectsArgs.builder().bucket(settings.bucket())
                .prefix(prefix).recursive(true).build());
        return StreamSupport.stream(pages.spliterator(), false)
                .map(result -> listed(prefix, result))
                .filter(item -> !item.isDir() && !item.isDeleteMarker())
                .map(item -> new ListedObject(item.objectName(), item.size(), item.lastModified().toInstant()))
                .filter(object -> object.lastModified().isBefore(olderThan));
    }

    /**
     * A URL that lets anyone holding it download the object with a plain HTTP GET until it expires, so that browsers
     * fetch scans from the store directly. The URL is signed for {@code ttl}, or for the configured maximum when
     * {@code ttl} is longer, and at least one second. The object's existence is not checked.
     *
     * @throws IllegalArgumentException when {@code ttl} is zero or negative
     */
    public URI presignedGet(String key, Duration ttl) {
        requireKey(key);
        int seconds = presignSeconds(ttl);
        try {
            return URI.create(client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Http.Method.GET).bucket(settings.bucket()).object(key)
                    .expiry(seconds, TimeUnit.SECONDS).build()));
        } catch (MinioException | IllegalStateException e) {
            throw failure("sign a download URL for object '" + key + "'", e);
        }
    }

    /**
     * Deletes the object; does nothing when there is none. In a versioned bucket only a delete marker is added: the
     * earlier versions are kept, and those under retention cannot be removed before it ends.
     */
    public void delete(String key) {
        requireKey(key);
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(key).build());
        } catch (MinioException | IllegalStateException e) {
            throw failure("delete object '" + key + "'", e);
        }
    }

    /**
     * Protects the object's current version from being removed or changed until the given instant, with the retention
     * mode of the settings, so that a record cannot be destroyed before its legal keeping period ends. Where the store
     * has no object lock this does nothing and returns false.
     *
     * @return whether the retention was set
     * @throws IllegalArgumentException when {@code until} is not in the future
     * @throws ObjectNotFoundException when there is no object with this key
     */
    public boolean retainUntil(String key, Instant until) {
        requireKey(key);
        if (!until.isAfter(Instant.now())) {
            throw new IllegalArgumentException("A retention period must end in the future, not at " + until);
        }
        if (!objectLock) {
            return false;
        }
        return setRetention(key, until);
    }

    /** Whether the bucket keeps earlier versions of overwritten and deleted objects. */
    public boolean supportsVersioning() {
        return versioning;
    }

    /** Whether {@link #retainUntil} can protect objects in this bucket. */
    public boolean supportsObjectLock() {
        return objectLock;
    }

    /** The S3 endpoint in use: the configured one, or the embedded server's. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * For a readiness probe: returns when the bucket answers.
     *
     * @throws ObjectStorageException when the store is unreachable, refuses the credentials or the bucket is gone
     */
    public void checkHealth() {
        boolean exists;
        try {
            exists = client.bucketExists(BucketExistsArgs.builder().bucket(settings.bucket()).build());
        } catch (MinioException | IllegalStateException e) {
            throw failure("reach the bucket", e);
        }
        if (!exists) {
            throw new ObjectStorageException("Bucket '%s' no longer exists at %s; restart to create it again."
                    .formatted(settings.bucket(), endpoint));
        }
    }

    /** Releases the client and stops the embedded server, if one was started. Stored data stays. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new ObjectStorageException("Could not close the connection to " + endpoint, e);
        } finally {
            embeddedServer.ifPresent(EmbeddedS3Server::close);
        }
    }

    private static EmbeddedS3Server startEmbedded(ObjectStorageSettings settings) {
        EmbeddedS3Server server = EmbeddedS3Server.start(settings);
        LOG.log(Level.INFO, "No object storage endpoint configured: started an embedded S3 server at {0} "
                + "with data in {1}", server.endpoint(), server.dataDirectory());
        return server;
    }

    private static ObjectStorage connect(ObjectStorageSettings settings, Optional<EmbeddedS3Server> server) {
        URI endpoint = server.map(EmbeddedS3Server::endpoint).or(settings::endpoint).orElseThrow();
        MinioClient client = MinioClient.builder()
                .endpoint(endpoint.toString())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .build();
        client.setTimeout(CONNECT_TIMEOUT_MILLIS, TRANSFER_TIMEOUT_MILLIS, TRANSFER_TIMEOUT_MILLIS);
        BucketSetup bucket = new BucketSetup(client, settings.bucket());
        try {
            bucket.ensureBucket();
            boolean versioning = bucket.enableVersioning();
            boolean objectLock = versioning && bucket.objectLockEnabled();
            logCapabilities(endpoint, settings.bucket(), versioning, objectLock);
            return new ObjectStorage(client, settings, endpoint, server, versioning, objectLock);
        } catch (MinioException | IllegalStateException e) {
            throw new ObjectStorageException("Could not prepare bucket '%s' at %s: %s. Check the endpoint and the "
                    .formatted(settings.bucket(), endpoint, MinioErrors.describe(e)) + "credentials.", e);
        }
    }

    private static void logCapabilities(URI endpoint, String bucket, boolean versioning, boolean objectLock) {
        LOG.log(Level.INFO, "Object storage at {0}, bucket {1}: versioning {2}, object lock {3}",
                endpoint, bucket, versioning ? "on" : "not supported", objectLock ? "on" : "not supported");
    }

    /** The media type these first bytes show, when the options allow it. */
    private String allowedTypeOf(byte[] head, PutOptions options) {
        String contentType = sniffer.detect(head);
        if (!sniffer.isAllowed(contentType, options.allowedMediaTypes())) {
            throw new UnsupportedContentTypeException(contentType, options.allowedMediaTypes());
        }
        return contentType;
    }

    private byte[] readHead(MeasuredInputStream measured, PutOptions options, long size) {
        int length = size < 0 ? sniffer.headLength() : (int) Math.min(sniffer.headLength(), size);
        try {
            return measured.readNBytes(length);
        } catch (MeasuredInputStream.SizeLimitExceededException e) {
            throw new ObjectTooLargeException(options.maxSize());
        } catch (IOException e) {
            throw new ObjectStorageException("Could not read the content to store: " + e.getMessage(), e);
        }
    }

    private ObjectWriteResponse upload(String key, InputStream content, long size, String contentType,
            MeasuredInputStream measured, PutOptions options) {
        PutObjectArgs args = PutObjectArgs.builder()
                .bucket(settings.bucket())
                .object(key)
                .stream(content, size, size < 0 ? PART_SIZE : -1L)
                .checksum(Checksum.Algorithm.CRC32)
                .contentType(contentType)
                .userMetadata(clientFileNameMetadata(options))
                .build();
        try {
            return client.putObject(args);
        } catch (MinioException | RuntimeException e) {
            if (measured.limitExceeded()) {
                throw new ObjectTooLargeException(options.maxSize());
            }
            throw failure("store object '" + key + "'", e);
        }
    }

    private ObjectWriteResponse uploadFile(String key, Path file, String contentType, PutOptions options) {
        try {
            return client.uploadObject(UploadObjectArgs.builder()
                    .bucket(settings.bucket())
                    .object(key)
                    .filename(file.toString())
                    .checksum(Checksum.Algorithm.CRC32)
                    .contentType(contentType)
                    .userMetadata(clientFileNameMetadata(options))
                    .build());
        } catch (MinioException | RuntimeException e) {
            throw failure("store object '" + key + "'", e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ObjectStorageException("Could not read the file to store: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> clientFileNameMetadata(PutOptions options) {
        return options.clientFileName()
                .map(name -> Map.of(CLIENT_FILE_NAME, URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .orElse(Map.of());
    }

    private InputStream open(String key, GetObjectArgs args) {
        try {
            return client.getObject(args);
        } catch (MinioException | IllegalStateException e) {
            if (MinioErrors.isMissingObject(e)) {
                throw new ObjectNotFoundException(key, settings.bucket());
            }
            throw failure("read object '" + key + "'", e);
        }
    }

    private Item listed(String prefix, Result<Item> result) {
        try {
            return result.get();
        } catch (MinioException | IllegalStateException e) {
            throw failure("list the objects under '" + prefix + "'", e);
        }
    }

    private static ObjectInfo toInfo(String key, StatObjectResponse response) {
        return new ObjectInfo(key, response.size(), response.contentType(), response.lastModified().toInstant(),
                response.etag(), Optional.ofNullable(response.versionId()),
                Optional.ofNullable(response.userMetadata().getFirst(CLIENT_FILE_NAME))
                        .map(name -> URLDecoder.decode(name, StandardCharsets.UTF_8)));
    }

    private int presignSeconds(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("A presigned URL must live for a positive time, not " + ttl);
        }
        Duration capped = ttl.compareTo(settings.maxPresignTtl()) > 0 ? settings.maxPresignTtl() : ttl;
        return (int) Math.max(1, capped.toSeconds());
    }

    private boolean setRetention(String key, Instant until) {
        Retention retention = new Retention(io.minio.messages.RetentionMode.valueOf(settings.retentionMode().name()),
                until.atZone(ZoneOffset.UTC));
        try {
            client.setObjectRetention(SetObjectRetentionArgs.builder().bucket(settings.bucket()).object(key)
                    .config(retention).build());
            return true;
        } catch (MinioException | IllegalStateException e) {
            return retentionRefused(key, e);
        }
    }

    private boolean retentionRefused(String key, Exception e) {
        if (MinioErrors.isNotImplemented(e)) {
            return false;
        }
        if (MinioErrors.isMissingObject(e)) {
            throw new ObjectNotFoundException(key, settings.bucket());
        }
        throw failure("set the retention of object '" + key + "'", e);
    }

    private ObjectStorageException failure(String action, Exception e) {
        return new ObjectStorageException("Could not %s in bucket '%s' at %s: %s"
                .formatted(action, settings.bucket(), endpoint, MinioErrors.describe(e)), e);
    }

    private static void requireKey(@Nullable String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("An object key is required");
        }
    }
}
