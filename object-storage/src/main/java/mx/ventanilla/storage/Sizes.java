package mx.ventanilla.storage;

/** Byte counts written for people. */
final class Sizes {

    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;

    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return "%d MiB".formatted(bytes / MIB);
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return "%d KiB".formatted(bytes / KIB);
        }
        return bytes + " bytes";
    }
}
