package mx.ventanilla.signin.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The EC P-256 keys access tokens are signed with. They live in one file, a JWK or a JWK Set: the first key signs,
 * every key verifies, which lets operators rotate keys without cutting sessions (put the new key first, remove the
 * old one after the access-token lifetime). Every key carries a {@code kid}, its RFC 7638 thumbprint unless the file
 * names one. When the file does not exist, a key is generated and written with mode 600 (created atomically, so
 * instances sharing the file agree on one key).
 */
public final class SigningKeys {

    private static final System.Logger LOG = System.getLogger(SigningKeys.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final List<ECKey> keys;

    private SigningKeys(List<ECKey> keys) {
        if (keys.isEmpty() || !keys.getFirst().isPrivate()) {
            throw new IllegalArgumentException("The first signing key must be an EC P-256 private key.");
        }
        this.keys = List.copyOf(keys);
    }

    /** Signing keys from a JWK Set (or one JWK) that is already at hand, e.g. in tests or from a secret store. */
    public static SigningKeys of(JWKSet set) {
        return new SigningKeys(set.getKeys().stream().map(SigningKeys::validated).toList());
    }

    /** A fresh key, kept nowhere: tokens signed with it die with the process. */
    public static SigningKeys generated() {
        return new SigningKeys(List.of(generate()));
    }

    /** Reads the key file, creating it with a new key first when it does not exist. */
    public static SigningKeys loadOrCreate(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        warnIfReadableByOthers(file);
        try {
            return of(parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key file " + file, e);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalStateException("The signing key file " + file + " does not hold an EC P-256 JWK or "
                    + "JWK Set: " + e.getMessage(), e);
        }
    }

    /** The key new tokens are signed with. */
    public ECKey signingKey() {
        return keys.getFirst();
    }

    /** The public part of every key: what tokens are verified against. */
    public JWKSet verificationKeys() {
        return new JWKSet(new ArrayList<>(keys)).toPublicJWKSet();
    }

    /** The JWK Set to publish at {@code /.well-known/jwks.json}: public parameters only. */
    public String publicJwkSetJson() {
        return verificationKeys().toString(true);
    }

    private static JWKSet parse(String json) throws ParseException {
        return json.contains("\"keys\"") ? JWKSet.parse(json) : new JWKSet(JWK.parse(json));
    }

    private static ECKey validated(JWK jwk) {
        if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
            throw new IllegalArgumentException("only EC keys on the P-256 curve sign ES256 tokens, found "
                    + jwk.getKeyType() + " key " + jwk.getKeyID());
        }
        try {
            String keyId = ec.getKeyID() != null ? ec.getKeyID() : ec.computeThumbprint().toString();
            return new ECKey.Builder(ec).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).build();
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot compute the thumbprint of a key", e);
        }
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an EC P-256 key", e);
        }
    }

    private static void create(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".signing-key", ".tmp", ownerOnly(directory));
            try {
                Files.writeString(temporary, generate().toJSONString(), StandardCharsets.UTF_8);
                publish(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the signing key file " + file, e);
        }
    }

    /** A hard link fails when the file exists, so of two instances starting together only one key wins. */
    private static void publish(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
            LOG.log(System.Logger.Level.INFO, "Generated a new token signing key in {0}", file);
        } catch (FileAlreadyExistsException e) {
            LOG.log(System.Logger.Level.INFO, "Another instance created the signing key {0} first", file);
        } catch (UnsupportedOperationException | IOException e) {
            if (!Files.exists(file)) {
                Files.move(temporary, file);
                LOG.log(System.Logger.Level.INFO, "Generated a new token signing key in {0}", file);
            }
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                LOG.log(System.Logger.Level.WARNING, "The signing key file {0} is readable by others ({1}); "
                        + "make it readable by its owner only (chmod 600).", file,
                        PosixFilePermissions.toString(permissions));
            }
        } catch (UnsupportedOperationException | IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot check the permissions of {0}", file);
        }
    }
}
