package mx.ventanilla.benchmarks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.minio.MinioClient;
import io.minio.Checksum;
import io.minio.PutObjectArgs;

/**
 * Registration of an item with three page photos of about 1 MB each, as a multipart GraphQL request, against three
 * plain MinIO-client puts of the same bytes to the same store: the raw cost of storing the photos. The API answers
 * once the originals are stored; the PDF and thumbnails are made in the background, measured apart by
 * {@link DigitisationBacklog}.
 */
final class RegistrationScenario {

    static final String REGISTER = "mutation($input: RegisterCorrespondenceInput!, $pages: [Upload!]) {"
            + " registerCorrespondence(input: $input, pages: $pages) { id folio } }";
    private static final int PAGES = 3;

    private final BenchOptions options;
    private final BenchClient client;
    private final MinioClient minio;
    private final String bucket;
    private final String officerToken;
    private final String addresseeUnitId;
    private final List<byte[]> photos;
    private final AtomicLong counter = new AtomicLong();

    RegistrationScenario(BenchOptions options, BenchClient client, MinioClient minio, String bucket,
                         String officerToken, String addresseeUnitId) {
        this.options = options;
        this.client = client;
        this.minio = minio;
        this.bucket = bucket;
        this.officerToken = officerToken;
        this.addresseeUnitId = addresseeUnitId;
        this.photos = List.of(photo(1), photo(2), photo(3));
    }

    /** Registrations sent so far, warm-ups included. */
    long registered() {
        return counter.get();
    }

    long photoBytes() {
        return photos.stream().mapToLong(photo -> photo.length).sum();
    }

    static final String WITH_CRC32 = "registration with 3 photos / raw MinIO puts with CRC32";

    List<Figures> run() {
        Progress.line("  photos of %,d, %,d and %,d bytes", photos.get(0).length, photos.get(1).length,
                photos.get(2).length);
        return LoadRun.interleaved(List.of(
                new LoadRun.Contender("registration with 3 photos / API over HTTP", ignored -> register()),
                new LoadRun.Contender("registration with 3 photos / raw MinIO puts", ignored -> putRaw(null)),
                new LoadRun.Contender(WITH_CRC32, ignored -> putRaw(Checksum.Algorithm.CRC32))),
                options.registrationClients(), options.warmUp(), options.duration(), options.rounds());
    }

    private void register() {
        long n = counter.incrementAndGet();
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input(n));
        variables.put("pages", java.util.Arrays.asList(new Object[PAGES]));
        BenchClient.Multipart body = new BenchClient.Multipart()
                .field("operations", new String(BenchClient.bytes(Map.of("query", REGISTER, "variables", variables)),
                        java.nio.charset.StandardCharsets.UTF_8))
                .field("map", "{\"0\": [\"variables.pages.0\"], \"1\": [\"variables.pages.1\"],"
                        + " \"2\": [\"variables.pages.2\"]}");
        for (int page = 0; page < PAGES; page++) {
            body.file(Integer.toString(page), "pagina-" + (page + 1) + ".jpg", "image/jpeg", photos.get(page));
        }
        String folio = client.multipart(officerToken, body).path("registerCorrespondence").path("folio").asText();
        if (folio.isEmpty()) {
            throw new IllegalStateException("The registration returned no folio");
        }
    }

    /**
     * Three plain puts, one after another. With no checksum named the client computes its default CRC32C, byte by
     * byte in Java; the API names CRC32 (see {@code ObjectStorage}), so the same puts with CRC32 are measured too,
     * for reference: they tell how much of the ratio that choice makes.
     */
    private void putRaw(Checksum.Algorithm checksum) throws Exception {
        for (byte[] photo : photos) {
            PutObjectArgs.Builder put = PutObjectArgs.builder().bucket(bucket).object("bench-raw/" + UUID.randomUUID())
                    .stream(new ByteArrayInputStream(photo), (long) photo.length, -1L).contentType("image/jpeg");
            if (checksum != null) {
                put.checksum(checksum);
            }
            minio.putObject(put.build());
        }
    }

    private Map<String, Object> input(long n) {
        Map<String, Object> input = new HashMap<>();
        input.put("direction", "INCOMING");
        input.put("documentType", "OFICIO");
        input.put("documentDate", LocalDate.now().minusDays(3).toString());
        input.put("receivedAt", Instant.now().minusSeconds(3600).toString());
        input.put("sender", Map.of("kind", "GOVERNMENT", "name", "Lic. Ana Pérez Gómez",
                "organisation", "Secretaría de Finanzas", "level", "STATE", "position", "Directora de Área"));
        input.put("addresseeUnitId", addresseeUnitId);
        input.put("subject", "Solicitud de información, medición " + n);
        input.put("summary", "Solicita información sobre el programa de vivienda social.");
        input.put("archivalSeries", "2C.5");
        return input;
    }

    /** A photo-like JPEG of about 1 MB: smooth gradients with sensor noise, 2000 × 1500 pixels. */
    static byte[] photo(int seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int base = 180 + (x + y * seed) % 60;
                int noise = random.nextInt(40);
                int grey = Math.min(255, base + noise - 20);
                image.setRGB(x, y, (grey << 16) | (grey << 8) | Math.max(0, grey - 10));
            }
        }
        return jpeg(image, 0.80f);
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
