package mx.ventanilla.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.minio.ListMultipartUploadsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.Result;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import io.minio.messages.ListMultipartUploadsResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every store behind {@link ObjectStorage} must do, checked over S3 with the MinIO client. Each test files its
 * objects under a prefix of its own, so that one store serves the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ObjectStorageContract {

    static final String ACCESS_KEY = "ventanilla-test";
    static final String SECRET_KEY = "ventanilla-test-secret";

    private static final long MIB = 1024 * 1024;
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final HttpClient http = HttpClient.newHttpClient();
    private MinioAsyncClient inspector;
    private String prefix;

    /** The store under test, open for the whole class. */
    protected abstract ObjectStorage storage();

    /** The settings the store was opened with. */
    protected abstract ObjectStorageSettings settings();

    /** Checks, beyond the S3 listing, that nothing whose key contains the token was kept; for stores that can. */
    protected void assertNoTraceOf(String token) throws IOException {
    }

    @BeforeEach
    void chooseAFreshPrefix() {
        prefix = "contract/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterAll
    void closeInspector() throws Exception {
        if (inspector != null) {
            inspector.close();
        }
    }

    @Test
    void contentOfUnknownLengthIsStoredInPartsWithTheSizeAndDigestOfWhatWasSent() throws IOException {
        long length = 12_000_000;

        StoredObject stored = storage().put(Samples.generatedPdf(length), options().maxSize(20 * MIB).build());

        String expectedDigest = Samples.sha256(Samples.generatedPdf(length));
        assertThat(stored.size()).isEqualTo(length);
        assertThat(stored.sha256()).isEqualTo(expectedDigest);
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(storage().stat(stored.key())).hasValueSatisfying(info -> {
            assertThat(info.size()).isEqualTo(length);
            assertThat(info.etag()).as("multipart ETag: digest of 3 parts").endsWith("-3");
        });
        try (InputStream in = storage().get(stored.key())) {
            assertThat(Samples.sha256(in)).isEqualTo(expectedDigest);
        }
    }

    @Test
    void contentOfKnownLengthIsStoredInOneRequestWithItsSizeAndDigest() throws IOException {
        byte[] content = Samples.generatedPdf(3 * MIB).readAllBytes();

        StoredObject stored = storage().put(new ByteArrayInputStream(content), content.length,
                options().maxSize(4 * MIB).build());

        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(Samples.sha256(content));
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(storage().stat(stored.key())).hasValueSatisfying(info -> {
            assertThat(info.size()).isEqualTo(content.length);
            assertThat(info.etag()).as("single-request ETag").doesNotContain("-");
        });
    }

    @Test
    void aFileIsStoredFromDiskWithItsSizeDigestAndDetectedType() throws IOException {
        byte[] content = Samples.generatedPdf(3 * MIB).readAllBytes();
        Path file = Files.write(Files.createTempFile("contract-", ".upload"), content);
        try {
            StoredObject stored = storage().put(file, options().clientFileName("acuse.png").maxSize(4 * MIB).build());

            assertThat(stored.size()).isEqualTo(content.length);
            assertThat(stored.sha256()).isEqualTo(Samples.sha256(content));
            assertThat(stored.contentType()).isEqualTo("application/pdf");
            assertThat(storage().stat(stored.key())).hasValueSatisfying(info -> {
                assertThat(info.size()).isEqualTo(content.length);
                assertThat(info.clientFileName()).hasValue("acuse.png");
            });
            try (InputStream in = storage().get(stored.key())) {
                assertThat(Samples.sha256(in)).isEqualTo(Samples.sha256(content));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aFileLargerThanAPartGoesUpInPartsFromDisk() throws IOException {
        long length = 12_000_000;
        Path file = Files.createTempFile("contract-", ".upload");
        try (InputStream in = Samples.generatedPdf(length)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            StoredObject stored = storage().put(file, options().maxSize(20 * MIB).build());

            assertThat(stored.size()).isEqualTo(length);
            assertThat(stored.sha256()).isEqualTo(Samples.sha256(Samples.generatedPdf(length)));
            assertThat(storage().stat(stored.key())).hasValueSatisfying(info ->
                    assertThat(info.etag()).as("multipart ETag: digest of 3 parts").endsWith("-3"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aFileOverTheLimitOrOfAWrongTypeIsRefusedAndNothingIsStored() throws Exception {
        Path pdf = Files.write(Files.createTempFile("contract-", ".upload"), Samples.pdf());
        Path text = Files.write(Files.createTempFile("contract-", ".upload"), Samples.text());
        try {
            assertThatThrownBy(() -> storage().put(pdf, options().maxSize(100).build()))
                    .isInstanceOf(ObjectTooLargeException.class);
            assertThatThrownBy(() -> storage().put(text, options().clientFileName("escaneo.png").build()))
                    .isInstanceOf(UnsupportedContentTypeException.class);
            assertNothingStoredUnder(prefix);
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(text);
        }
    }

    @Test
    void contentOfAKnownLengthOverTheLimitIsRefusedBeforeAnythingIsRead() throws Exception {
        ByteArrayInputStream content = new ByteArrayInputStream(Samples.pdf());

        assertThatThrownBy(() -> storage().put(content, 2048, options().maxSize(1024).build()))
                .isInstanceOf(ObjectTooLargeException.class);
        assertThat(content.available()).isEqualTo(Samples.pdf().length);
        assertNothingStoredUnder(prefix);
    }

    @Test
    void contentShorterThanItsDeclaredLengthFailsAndNothingIsLeftBehind() throws Exception {
        byte[] content = Samples.pdf();

        assertThatThrownBy(() -> storage().put(new ByteArrayInputStream(content), content.length + 100L,
                options().build()))
                .isInstanceOf(ObjectStorageException.class);
        assertNothingStoredUnder(prefix);
    }

    static Stream<Arguments> recognisedContent() {
        return Stream.of(
                Arguments.of("PNG", Samples.png(), "image/png"),
                Arguments.of("JPEG", Samples.jpeg(), "image/jpeg"),
                Arguments.of("PDF", Samples.pdf(), "application/pdf"),
                Arguments.of("TIFF", Samples.tiff(), "image/tiff"),
                Arguments.of("WebP", Samples.webp(), "image/webp"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recognisedContent")
    void contentTypeIsDetectedFromTheBytesAndNotFromTheClaimedName(String format, byte[] content,
            String expectedType) {
        PutOptions options = options().clientFileName("notas.txt").build();

        StoredObject stored = storage().put(new ByteArrayInputStream(content), options);

        assertThat(stored.contentType()).isEqualTo(expectedType);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(Samples.sha256(content));
        assertThat(storage().stat(stored.key())).map(ObjectInfo::contentType).hasValue(expectedType);
    }

    @Test
    void textIsRefusedWhereOnlyImagesAndPdfAreAllowedAndNothingIsUploaded() throws Exception {
        PutOptions options = options().clientFileName("escaneo.png").build();

        assertThatThrownBy(() -> storage().put(new ByteArrayInputStream(Samples.text()), options))
                .isInstanceOfSatisfying(UnsupportedContentTypeException.class, e -> {
                    assertThat(e.detectedType()).isEqualTo("text/plain");
                    assertThat(e.getMessage()).contains("text/plain", "image/png", "application/pdf");
                });
        assertNothingStoredUnder(prefix);
    }

    @Test
    void largeContentOverTheLimitIsRefusedAndNoObjectOrPartIsLeftBehind() throws Exception {
        PutOptions options = options().maxSize(7 * MIB).build();

        assertThatThrownBy(() -> storage().put(Samples.generatedPdf(12_000_000), options))
                .isInstanceOfSatisfying(ObjectTooLargeException.class, e -> {
                    assertThat(e.maxSize()).isEqualTo(7 * MIB);
                    assertThat(e.getMessage()).contains("7 MiB", "nothing was stored");
                });
        assertNothingStoredUnder(prefix);
    }

    @Test
    void smallContentOverTheLimitIsRefusedAndNothingIsLeftBehind() throws Exception {
        PutOptions options = options().maxSize(1024).build();

        assertThatThrownBy(() -> storage().put(Samples.generatedPdf(1025), options))
                .isInstanceOf(ObjectTooLargeException.class)
                .hasMessageContaining("1 KiB");
        assertNothingStoredUnder(prefix);
    }

    @Test
    void contentOfExactlyTheLimitIsAccepted() {
        StoredObject stored = storage().put(Samples.generatedPdf(6 * MIB), options().maxSize(6 * MIB).build());

        assertThat(stored.size()).isEqualTo(6 * MIB);
        assertThat(storage().stat(stored.key())).map(ObjectInfo::size).hasValue(6 * MIB);
    }

    @Test
    void getReturnsTheStoredBytes() throws IOException {
        byte[] content = Samples.png();
        StoredObject stored = storage().put(new ByteArrayInputStream(content), options().build());

        try (InputStream in = storage().get(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void rangeGetReturnsOnlyTheRequestedBytes() throws IOException {
        byte[] content = withPdfHeader(Samples.counting(10_000));
        StoredObject stored = storage().put(new ByteArrayInputStream(content), options().build());

        try (InputStream in = storage().get(stored.key(), 1_000, 300)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, 1_000, 1_300));
        }
        try (InputStream in = storage().get(stored.key(), 9_990, 300)) {
            assertThat(in.readAllBytes()).as("a range past the end is cut short")
                    .isEqualTo(Arrays.copyOfRange(content, 9_990, 10_000));
        }
    }

    @Test
    void rangeNeedsANonNegativeOffsetAndAPositiveLength() {
        StoredObject stored = storage().put(new ByteArrayInputStream(Samples.pdf()), options().build());

        assertThatThrownBy(() -> storage().get(stored.key(), -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().get(stored.key(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retentionMustEndInTheFuture() {
        StoredObject stored = storage().put(new ByteArrayInputStream(Samples.pdf()), options().build());

        assertThatThrownBy(() -> storage().retainUntil(stored.key(), Instant.now().minusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("future");
    }

    @Test
    void statDescribesAStoredObjectAndIsEmptyForAnUnknownKey() {
        byte[] content = Samples.jpeg();
        Instant before = Instant.now().minusSeconds(5);
        StoredObject stored = storage().put(new ByteArrayInputStream(content), options().build());

        assertThat(storage().stat(stored.key())).hasValueSatisfying(info -> {
            assertThat(info.key()).isEqualTo(stored.key());
            assertThat(info.size()).isEqualTo(content.length);
            assertThat(info.contentType()).isEqualTo("image/jpeg");
            assertThat(info.lastModified()).isAfter(before);
            assertThat(info.etag()).isNotBlank();
            assertThat(info.clientFileName()).isEmpty();
        });
        assertThat(storage().stat(prefix + "/2020/01/" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void getOfAnUnknownKeyNamesTheKey() {
        String key = prefix + "/2020/01/" + UUID.randomUUID();

        assertThatThrownBy(() -> storage().get(key))
                .isInstanceOfSatisfying(ObjectNotFoundException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageContaining(key);
    }

    @Test
    void presignedGetServesTheBytesToAPlainHttpClient() throws Exception {
        byte[] content = Samples.pdf();
        StoredObject stored = storage().put(new ByteArrayInputStream(content), options().build());

        HttpResponse<byte[]> response = fetch(storage().presignedGet(stored.key(), Duration.ofMinutes(1)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(content);
    }

    @Test
    void presignedUrlWithATamperedSignatureIsForbidden() throws Exception {
        StoredObject stored = storage().put(new ByteArrayInputStream(Samples.pdf()), options().build());
        URI url = storage().presignedGet(stored.key(), Duration.ofMinutes(1));

        HttpResponse<byte[]> response = fetch(tamperSignature(url));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void expiredPresignedUrlIsForbidden() throws Exception {
        StoredObject stored = storage().put(new ByteArrayInputStream(Samples.pdf()), options().build());
        URI url = storage().presignedGet(stored.key(), Duration.ofSeconds(2));
        assertThat(fetch(url).statusCode()).as("still valid").isEqualTo(200);

        Thread.sleep(3_500);

        assertThat(fetch(url).statusCode()).isEqualTo(403);
    }

    @Test
    void presignedUrlLivesNoLongerThanTheConfiguredMaximum() {
        URI url = storage().presignedGet(prefix + "/any", Duration.ofDays(2));

        assertThat(url.getRawQuery()).contains("X-Amz-Expires=" + settings().maxPresignTtl().toSeconds());
    }

    @Test
    void presignedUrlNeedsAPositiveLifetime() {
        assertThatThrownBy(() -> storage().presignedGet(prefix + "/any", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().presignedGet(prefix + "/any", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletedObjectCanNoLongerBeFound() {
        StoredObject stored = storage().put(new ByteArrayInputStream(Samples.png()), options().build());
        assertThat(storage().stat(stored.key())).isPresent();

        storage().delete(stored.key());

        assertThat(storage().stat(stored.key())).isEmpty();
        assertThatThrownBy(() -> storage().get(stored.key())).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void keysAreGeneratedUnderThePrefixAndNeverFromTheClientsFileName() {
        String clientName = "Oficio nº 12 – Juárez.pdf";
        PutOptions options = options().clientFileName(clientName).build();

        StoredObject first = storage().put(new ByteArrayInputStream(Samples.pdf()), options);
        StoredObject second = storage().put(new ByteArrayInputStream(Samples.pdf()), options);

        String month = YearMonth.now(ZoneOffset.UTC).toString().replace('-', '/');
        assertThat(first.key()).startsWith(prefix + "/" + month + "/");
        assertThat(first.key().substring((prefix + "/" + month + "/").length())).matches(UUID_PATTERN);
        assertThat(first.key()).isNotEqualTo(second.key());
        assertThat(first.key().toLowerCase(Locale.ROOT)).doesNotContain("oficio", "juárez", "juarez", ".pdf", " ");
        assertThat(storage().stat(first.key())).flatMap(ObjectInfo::clientFileName).hasValue(clientName);
    }

    @Test
    void listingNamesTheObjectsUnderAPrefixStoredBeforeTheGivenInstantWithTheirSizes() {
        StoredObject png = storage().put(new ByteArrayInputStream(Samples.png()), options().build());
        StoredObject pdf = storage().put(new ByteArrayInputStream(Samples.pdf()), options().build());
        StoredObject elsewhere = storage().put(new ByteArrayInputStream(Samples.png()),
                PutOptions.builder(prefix + "-other").allow("image/png").build());
        Instant later = Instant.now().plus(Duration.ofMinutes(5));

        List<ListedObject> listed;
        try (Stream<ListedObject> objects = storage().list(prefix + "/", later)) {
            listed = objects.toList();
        }

        assertThat(listed).extracting(ListedObject::key, ListedObject::size).containsExactlyInAnyOrder(
                tuple(png.key(), png.size()),
                tuple(pdf.key(), pdf.size()));
        assertThat(listed).allSatisfy(object -> assertThat(object.lastModified()).isBefore(later)
                .isAfter(Instant.now().minus(Duration.ofMinutes(5))));
        assertThat(elsewhere.key()).doesNotStartWith(prefix + "/");
    }

    @Test
    void listingLeavesOutObjectsStoredAfterTheGivenInstantAndDeletedOnes() {
        StoredObject kept = storage().put(new ByteArrayInputStream(Samples.png()), options().build());
        StoredObject deleted = storage().put(new ByteArrayInputStream(Samples.png()), options().build());
        storage().delete(deleted.key());

        try (Stream<ListedObject> objects = storage().list(prefix + "/", Instant.now().minus(Duration.ofMinutes(5)))) {
            assertThat(objects).isEmpty();
        }
        try (Stream<ListedObject> objects = storage().list(prefix + "/", Instant.now().plus(Duration.ofMinutes(5)))) {
            assertThat(objects).extracting(ListedObject::key).containsExactly(kept.key());
        }
    }

    @Test
    void healthCheckPassesWhileTheBucketAnswers() {
        storage().checkHealth();
    }

    /** Options for this test's prefix accepting scans: images and PDF. */
    protected PutOptions.Builder options() {
        return PutOptions.builder(prefix).allow("image/png", "image/jpeg", "image/tiff", "image/webp",
                "application/pdf");
    }

    protected void assertNothingStoredUnder(String keyPrefix) throws Exception {
        assertThat(allKeysInTheBucket()).noneMatch(key -> key.contains(keyPrefix));
        assertThat(incompleteUploads(keyPrefix)).noneMatch(key -> key.contains(keyPrefix));
        assertNoTraceOf(keyPrefix.substring(keyPrefix.lastIndexOf('/') + 1));
    }

    private List<String> allKeysInTheBucket() throws MinioException {
        List<String> keys = new ArrayList<>();
        for (Result<Item> result : inspector().listObjects(
                ListObjectsArgs.builder().bucket(settings().bucket()).recursive(true).build())) {
            keys.add(result.get().objectName());
        }
        return keys;
    }

    private List<String> incompleteUploads(String keyPrefix) throws InterruptedException, ExecutionException {
        ListMultipartUploadsArgs args =
                ListMultipartUploadsArgs.builder().bucket(settings().bucket()).prefix(keyPrefix).build();
        ListMultipartUploadsResult result = inspector().listMultipartUploads(args).get().result();
        return result.uploads() == null
                ? List.of()
                : result.uploads().stream().map(ListMultipartUploadsResult.Upload::objectName).toList();
    }

    /** A separate client, to look at the bucket without going through {@link ObjectStorage}. */
    protected MinioAsyncClient inspector() {
        if (inspector == null) {
            inspector = MinioAsyncClient.builder()
                    .endpoint(storage().endpoint().toString())
                    .region(settings().region())
                    .credentials(settings().accessKey(), settings().secretKey())
                    .build();
        }
        return inspector;
    }

    private HttpResponse<byte[]> fetch(URI url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI tamperSignature(URI url) {
        String query = url.getRawQuery();
        int start = query.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
        char first = query.charAt(start);
        String tampered = query.substring(0, start) + (first == '0' ? '1' : '0') + query.substring(start + 1);
        return URI.create(url.toString().replace(query, tampered));
    }

    private static byte[] withPdfHeader(byte[] content) {
        byte[] header = Samples.pdf();
        System.arraycopy(header, 0, content, 0, Math.min(16, content.length));
        return content;
    }
}
