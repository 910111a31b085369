package mx.ventanilla.scans.infrastructure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.scans.model.IncomingFile;
import mx.ventanilla.scans.model.ScanLimits;
import mx.ventanilla.scans.model.ScanPage;
import mx.ventanilla.scans.model.ScanSet;
import mx.ventanilla.scans.model.ScanStatus;
import mx.ventanilla.scans.model.StoredFile;
import mx.ventanilla.storage.ObjectStorage;
import mx.ventanilla.storage.ObjectStorageSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.scans.infrastructure.TestFiles.encode;
import static mx.ventanilla.scans.infrastructure.TestFiles.incoming;
import static mx.ventanilla.scans.infrastructure.TestFiles.picture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectStorageDigitiserIT {

    private static final String BUCKET = "scans-test";

    @TempDir
    static Path dataDir;

    private static ObjectStorage storage;
    private static MinioClient minio;
    private static ObjectStorageDigitiser digitiser;

    @BeforeAll
    static void openStorage() {
        ObjectStorageSettings settings = ObjectStorageSettings.builder().accessKey("scans-access")
                .secretKey("scans-secret-key").bucket(BUCKET).embeddedDataDirectory(dataDir).build();
        storage = ObjectStorage.open(settings);
        minio = MinioClient.builder().endpoint(storage.endpoint().toString()).region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey()).build();
        digitiser = new ObjectStorageDigitiser(storage, ScanLimits.defaults());
    }

    @AfterAll
    static void closeStorage() {
        storage.close();
    }

    @Test
    void photoWithExifOrientationSixIsTurnedUpright() throws IOException {
        byte[] photo = TestFiles.jpegWithOrientation(picture(400, 200), 6);

        ScanSet scan = digitised(List.of(incoming("photo.jpg", photo)));

        ScanPage page = scan.pages().getFirst();
        assertThat(page.width()).isEqualTo(200);
        assertThat(page.height()).isEqualTo(400);
        BufferedImage thumbnail = image(page.thumbnail().orElseThrow());
        assertThat(thumbnail.getWidth()).isEqualTo(160);
        assertThat(thumbnail.getHeight()).isEqualTo(320);
        assertThat(color(thumbnail, 80, 40)).as("the left (red) half of the photo is on top once turned")
                .isEqualTo("red");
        assertThat(color(thumbnail, 80, 280)).isEqualTo("blue");
    }

    @Test
    void pagesOfSeveralFormatsBecomeOnePdfWithThumbnailsAndTheOriginalsKept() throws IOException {
        byte[] png = encode(picture(3000, 1000), "png");
        byte[] tiff = encode(picture(300, 500), "tiff");
        byte[] pdf = TestFiles.pdfWithPages(2);

        ScanSet scan = digitised(List.of(incoming("a.png", png), incoming("b.tif", tiff),
                incoming("c.pdf", pdf)));

        assertThat(scan.pages()).hasSize(4);
        try (PDDocument document = Loader.loadPDF(bytes(scan.pdf().orElseThrow()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
        }
        assertThat(scan.pdf().orElseThrow().contentType()).isEqualTo("application/pdf");
        assertThat(scan.pages().get(0).width()).isEqualTo(2200);
        assertThat(scan.pages().get(0).height()).isEqualTo(733);
        assertThat(scan.pages().get(1).width()).isEqualTo(300);
        assertThat(bytes(scan.pages().get(0).original())).isEqualTo(png);
        assertThat(bytes(scan.pages().get(1).original())).isEqualTo(tiff);
        assertThat(scan.pages().get(2).original()).isEqualTo(scan.pages().get(3).original());
        for (ScanPage page : scan.pages()) {
            BufferedImage thumbnail = image(page.thumbnail().orElseThrow());
            assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isLessThanOrEqualTo(320);
            assertThat(page.thumbnail().orElseThrow().size()).isLessThan(30_000);
            assertThat(page.thumbnail().orElseThrow().contentType()).isEqualTo("image/jpeg");
        }
    }

    @Test
    void everyStoredObjectsSha256MatchesItsBytes() throws IOException {
        ScanSet scan = digitised(List.of(incoming("p.png", encode(picture(200, 300), "png"))));

        for (StoredFile file : scan.files()) {
            byte[] stored = bytes(file);
            assertThat(file.sha256()).isEqualTo(sha256(stored));
            assertThat(file.size()).isEqualTo(stored.length);
        }
    }

    @Test
    void textFileNamedLikeAPhotoIsRefusedAndNothingIsStored() {
        Set<String> before = keys();
        byte[] text = "Not a photo at all, only words.".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> digitiser.accept(List.of(incoming("photo.jpg", text))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'photo.jpg'")
                .hasMessageContaining("is not a JPEG, PNG, WebP, TIFF or PDF file");
        assertThat(keys()).isEqualTo(before);
    }

    @Test
    void pngClaimingFiftyThousandPixelsSquareIsRefusedFromItsHeader() {
        Set<String> before = keys();
        byte[] bomb = TestFiles.pngHeaderClaiming(50_000, 50_000);

        assertThatThrownBy(() -> digitiser.accept(List.of(incoming("bomb.png", bomb))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("50000 × 50000 pixels");
        assertThat(keys()).isEqualTo(before);
    }

    @Test
    void documentWithMorePagesThanAllowedIsRefused() {
        Set<String> before = keys();
        ObjectStorageDigitiser strict = new ObjectStorageDigitiser(storage,
                new ScanLimits(3, 1_000_000, 50_000_000, 2200, 320, 0.85f));
        List<IncomingFile> files = List.of(incoming("a.pdf", TestFiles.pdfWithPages(2)),
                incoming("b.png", encode(picture(50, 50), "png")), incoming("c.png", encode(picture(50, 50), "png")));

        assertThatThrownBy(() -> strict.accept(files))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The document has 4 pages; at most 3 are accepted. Split it into several documents.");
        assertThat(keys()).isEqualTo(before);
    }

    @Test
    void fileLargerThanTheLimitIsRefused() {
        Set<String> before = keys();
        ObjectStorageDigitiser strict = new ObjectStorageDigitiser(storage,
                new ScanLimits(10, 100, 50_000_000, 2200, 320, 0.85f));

        assertThatThrownBy(() -> strict.accept(List.of(incoming("big.png", encode(picture(300, 300), "png")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("each file may have at most 100 bytes");
        assertThat(keys()).isEqualTo(before);
    }

    @Test
    void whenOneOfTheOriginalsCannotBeStoredTheOthersStoredAlongsideAreDeleted() {
        Set<String> before = keys();
        byte[] jpeg = encode(picture(120, 80), "jpg");
        IncomingFile shrunk = new IncomingFile("shrunk.jpg", jpeg.length + 100L,
                () -> new java.io.ByteArrayInputStream(jpeg));
        List<IncomingFile> files = List.of(incoming("first.jpg", jpeg), shrunk, incoming("third.jpg", jpeg));

        assertThatThrownBy(() -> digitiser.accept(files)).isInstanceOf(RuntimeException.class);
        assertThat(keys()).isEqualTo(before);
    }

    @Test
    void acceptingStoresOnlyTheUntouchedOriginalsWithTheirSha256() throws IOException {
        Set<String> before = keys();
        byte[] jpeg = TestFiles.jpegWithOrientation(picture(400, 200), 6);
        byte[] pdf = TestFiles.pdfWithPages(2);

        ScanSet pending = digitiser.accept(List.of(incoming("photo.jpg", jpeg), incoming("annex.pdf", pdf)));

        assertThat(pending.status()).isEqualTo(ScanStatus.PENDING);
        assertThat(pending.pdf()).isEmpty();
        assertThat(pending.pages()).hasSize(3).allSatisfy(page -> assertThat(page.thumbnail()).isEmpty());
        assertThat(pending.pages().getFirst().width()).as("upright per EXIF, from the header").isEqualTo(200);
        assertThat(pending.pages().getFirst().height()).isEqualTo(400);
        assertThat(pending.pages().getFirst().original().sha256()).isEqualTo(sha256(jpeg));
        assertThat(bytes(pending.pages().get(1).original())).isEqualTo(pdf);
        Set<String> added = new HashSet<>(keys());
        added.removeAll(before);
        assertThat(added).containsExactlyInAnyOrderElementsOf(pending.originals().stream().map(StoredFile::key)
                .toList());
    }

    @Test
    void pageWithASoundHeaderButCorruptPixelsFailsAndKeepsTheOriginals() {
        List<IncomingFile> files = List.of(incoming("good.jpg", encode(picture(100, 100), "jpg")),
                incoming("broken.png", TestFiles.pngHeaderClaiming(100, 100)));
        ScanSet pending = digitiser.accept(files);
        Set<String> before = keys();

        ScanSet done = digitiser.complete(pending);

        assertThat(done.status()).isEqualTo(ScanStatus.FAILED);
        assertThat(done.failure()).hasValueSatisfying(failure -> assertThat(failure)
                .contains("File 2 ('broken.png') could not be decoded as a PNG image"));
        assertThat(done.pdf()).isEmpty();
        assertThat(done.originals()).isEqualTo(pending.originals());
        assertThat(keys()).as("what was made for the good page is deleted again, the originals stay")
                .isEqualTo(before);
    }

    @Test
    void completingTheSameSetTwiceMakesTwoIndependentPdfsOfWhichTheCallerKeepsOne() throws IOException {
        ScanSet pending = digitiser.accept(List.of(incoming("p.png", encode(picture(200, 300), "png"))));

        ScanSet first = digitiser.complete(pending);
        ScanSet second = digitiser.complete(pending);
        digitiser.discard(second.derivedFiles());

        assertThat(first.id()).isEqualTo(second.id()).isEqualTo(pending.id());
        assertThat(keys()).contains(first.pdf().orElseThrow().key())
                .doesNotContain(second.pdf().orElseThrow().key());
        assertThat(bytes(first.pages().getFirst().original())).isEqualTo(bytes(pending.pages().getFirst().original()));
    }

    @Test
    void webpPageIsDecoded() throws IOException {
        byte[] webp = TestFiles.losslessWebp(300, 200, 0x2E7D32);

        ScanSet scan = digitised(List.of(incoming("page.webp", webp)));

        assertThat(scan.status()).isEqualTo(ScanStatus.READY);
        assertThat(scan.pages().getFirst().original().contentType()).isEqualTo("image/webp");
        assertThat(scan.pages().getFirst().width()).isEqualTo(300);
        BufferedImage thumbnail = image(scan.pages().getFirst().thumbnail().orElseThrow());
        assertThat(thumbnail.getWidth()).isEqualTo(300);
        int rgb = thumbnail.getRGB(150, 100);
        assertThat((rgb >> 8) & 0xFF).as("green channel of the page's colour").isBetween(0x70, 0x8A);
        assertThat((rgb >> 16) & 0xFF).as("red channel").isLessThan(0x40);
    }

    @Test
    void cmykJpegPageIsDecodedToTheRightColours() throws IOException {
        byte[] cmyk = TestFiles.cmykJpeg(240, 160);

        ScanSet scan = digitised(List.of(incoming("cmyk.jpg", cmyk)));

        assertThat(scan.status()).as(scan.failure().orElse("")).isEqualTo(ScanStatus.READY);
        BufferedImage thumbnail = image(scan.pages().getFirst().thumbnail().orElseThrow());
        assertThat(thumbnail.getWidth()).isEqualTo(240);
        assertThat(brightness(thumbnail, 40, 80)).as("no ink: white").isGreaterThan(230);
        int cyan = thumbnail.getRGB(120, 80);
        assertThat((cyan >> 16) & 0xFF).as("cyan ink absorbs red").isLessThan(60);
        assertThat(cyan & 0xFF).as("and lets blue through").isGreaterThan(200);
        assertThat(brightness(thumbnail, 200, 80)).as("full black ink: dark").isLessThan(40);
    }

    @Test
    void heicPhotoIsRefusedWithAdviceToSendJpeg() {
        byte[] heic = new byte[64];
        System.arraycopy(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}, 0, heic, 0, 12);

        assertThatThrownBy(() -> digitiser.accept(List.of(incoming("IMG_0001.HEIC", heic))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("HEIC photos can't be read here. Send JPEG");
    }

    @Test
    void attachmentsAreStoredAsTheyAreAndCanBeDiscarded() throws IOException {
        byte[] pdf = TestFiles.pdfWithPages(1);
        byte[] png = encode(picture(40, 30), "png");

        List<StoredFile> stored = digitiser.storeAttachments(List.of(incoming("oficio.pdf", pdf),
                incoming("anexo.png", png)));

        assertThat(stored).extracting(StoredFile::contentType).containsExactly("application/pdf", "image/png");
        assertThat(stored).extracting(StoredFile::clientName).containsExactly("oficio.pdf", "anexo.png");
        assertThat(bytes(stored.get(0))).isEqualTo(pdf);
        assertThat(stored.get(1).sha256()).isEqualTo(sha256(png));
        digitiser.discard(stored);
        assertThat(keys()).doesNotContain(stored.get(0).key(), stored.get(1).key());
    }

    @Test
    void attachmentThatIsNotAnAcceptedFormatIsRefused() {
        Set<String> before = keys();
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};

        assertThatThrownBy(() -> digitiser.storeAttachments(List.of(incoming("a.pdf", TestFiles.pdfWithPages(1)),
                incoming("virus.pdf", zip))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("File 2 ('virus.pdf')");
        assertThat(keys()).isEqualTo(before);
    }

    @Test
    void temporaryUrlDownloadsTheFile() throws Exception {
        byte[] png = encode(picture(20, 20), "png");
        StoredFile file = digitiser.storeAttachments(List.of(incoming("x.png", png))).getFirst();

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(digitiser.temporaryUrl(file, Duration.ofMinutes(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(png);
    }

    private static ScanSet digitised(List<IncomingFile> files) {
        return digitiser.complete(digitiser.accept(files));
    }

    private static int brightness(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }

    private static Set<String> keys() {
        Set<String> keys = new HashSet<>();
        try {
            for (Result<Item> item : minio.listObjects(ListObjectsArgs.builder().bucket(BUCKET).recursive(true)
                    .build())) {
                keys.add(item.get().objectName());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static byte[] bytes(StoredFile file) throws IOException {
        try (InputStream in = storage.get(file.key())) {
            return in.readAllBytes();
        }
    }

    private static BufferedImage image(StoredFile file) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes(file)));
    }

    private static String color(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        int red = (rgb >> 16) & 0xFF;
        int blue = rgb & 0xFF;
        return red > 200 && blue < 60 ? "red" : blue > 200 && red < 60 ? "blue" : "other";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
