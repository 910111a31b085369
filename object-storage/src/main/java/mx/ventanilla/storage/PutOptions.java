package mx.ventanilla.storage;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ObjectStorage#put} accepts for one kind of content, and where it files it.
 *
 * <p>Example: {@code PutOptions.builder("scans").allow("application/pdf", "image/jpeg").maxSize(20 << 20).build()}.
 *
 * @param keyPrefix the first segments of every generated key, such as {@code scans} or {@code attachments/replies}
 * @param allowedMediaTypes the media types accepted, compared with the type detected from the content
 * @param maxSize the largest content accepted, in bytes
 * @param clientFileName the name the client gave the file, kept as metadata for display; never used for the key
 *     or the type
 */
public record PutOptions(
        String keyPrefix,
        Set<String> allowedMediaTypes,
        long maxSize,
        Optional<String> clientFileName) {

    /** The size limit when none is given: 25 MiB. */
    public static final long DEFAULT_MAX_SIZE = 25L * 1024 * 1024;

    /** Longer client file names are shortened: S3 allows only 2 KiB of metadata per object. */
    static final int MAX_CLIENT_FILE_NAME_LENGTH = 200;

    private static final Pattern KEY_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*");

    public PutOptions {
        requireKeyPrefix(keyPrefix);
        allowedMediaTypes = normalize(allowedMediaTypes);
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least one byte, not " + maxSize);
        }
        clientFileName = Objects.requireNonNull(clientFileName, "clientFileName")
                .filter(name -> !name.isBlank())
                .map(PutOptions::shorten);
    }

    /** Starts options for keys under the given prefix. */
    public static Builder builder(String keyPrefix) {
        return new Builder(keyPrefix);
    }

    private static void requireKeyPrefix(@Nullable String prefix) {
        if (prefix == null || !KEY_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("keyPrefix must be one or more segments of lower-case letters, digits, "
                    + "'-' or '_', separated by '/', such as 'scans' or 'attachments/replies'; not '" + prefix + "'");
        }
    }

    private static Set<String> normalize(@Nullable Set<String> mediaTypes) {
        if (mediaTypes == null || mediaTypes.isEmpty()) {
            throw new IllegalArgumentException("allowedMediaTypes must name at least one media type, "
                    + "such as application/pdf");
        }
        Set<String> normalized = mediaTypes.stream()
                .map(type -> type.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        normalized.stream().filter(type -> !MEDIA_TYPE.matcher(type).matches()).findFirst().ifPresent(bad -> {
            throw new IllegalArgumentException("'" + bad + "' is not a media type such as image/png");
        });
        return normalized;
    }

    private static String shorten(String name) {
        String stripped = name.strip();
        if (stripped.codePointCount(0, stripped.length()) <= MAX_CLIENT_FILE_NAME_LENGTH) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, MAX_CLIENT_FILE_NAME_LENGTH));
    }

    /** Builds {@link PutOptions}; at least one media type must be allowed. */
    public static final class Builder {

        private final String keyPrefix;
        private Set<String> allowedMediaTypes = Set.of();
        private long maxSize = DEFAULT_MAX_SIZE;
        private @Nullable String clientFileName;

        private Builder(String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }

        /** Accepts only content detected as one of these media types, such as {@code image/png}. */
        public Builder allow(String... mediaTypes) {
            return allowedMediaTypes(Set.of(mediaTypes));
        }

        /** Accepts only content detected as one of these media types, such as {@code image/png}. */
        public Builder allowedMediaTypes(Set<String> mediaTypes) {
            this.allowedMediaTypes = Set.copyOf(mediaTypes);
            return this;
        }

        /** Rejects content larger than this many bytes; {@link #DEFAULT_MAX_SIZE} when not set. */
        public Builder maxSize(long maxSize) {
            this.maxSize = maxSize;
            return this;
        }

        /** Keeps the name the client gave the file, for display only. */
        public Builder clientFileName(String clientFileName) {
            this.clientFileName = clientFileName;
            return this;
        }

        /**
         * Checks and returns the options.
         *
         * @throws IllegalArgumentException naming what is missing or invalid
         */
        public PutOptions build() {
            return new PutOptions(keyPrefix, allowedMediaTypes, maxSize, Optional.ofNullable(clientFileName));
        }
    }
}
