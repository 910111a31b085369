package mx.ventanilla.notifications.infrastructure;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import mx.ventanilla.platform.persistence.MongoErrors;
import org.bson.Document;

/**
 * The server's VAPID key pair (RFC 8292): configured (public key as a base64url uncompressed point, private key as
 * base64url PKCS#8), or generated at the first start and kept in the {@code push_keys} collection, so that every
 * instance signs with the same key and browsers' subscriptions survive restarts. The private key never leaves the
 * backend.
 */
public final class VapidKeys {

    static final String COLLECTION = "push_keys";
    private static final String ID = "vapid";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ECPublicKey publicKey;
    private final ECPrivateKey privateKey;

    private VapidKeys(ECPublicKey publicKey, ECPrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** The configured pair, or the stored one, or a new one stored now (the first instance to store it wins). */
    public static VapidKeys load(MongoDatabase database, Optional<String> publicKey, Optional<String> privateKey) {
        if (publicKey.isPresent() && privateKey.isPresent()) {
            return of(publicKey.get(), privateKey.get());
        }
        MongoCollection<Document> keys = database.getCollection(COLLECTION);
        Document stored = keys.find(Filters.eq("_id", ID)).first();
        if (stored == null) {
            stored = storeNew(keys);
        }
        return of(stored.getString("publicKey"), stored.getString("privateKey"));
    }

    static VapidKeys of(String publicKey, String privateKey) {
        try {
            byte[] pkcs8 = Base64.getUrlDecoder().decode(privateKey);
            ECPrivateKey parsed = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new VapidKeys(EcKeys.publicKey(Base64.getUrlDecoder().decode(publicKey)), parsed);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("The VAPID keys are not a P-256 public key (base64url point) and "
                    + "private key (base64url PKCS#8)", e);
        }
    }

    private static Document storeNew(MongoCollection<Document> keys) {
        KeyPair pair = EcKeys.generate();
        Document fresh = new Document("_id", ID)
                .append("publicKey", BASE64URL.encodeToString(EcKeys.uncompressed((ECPublicKey) pair.getPublic())))
                .append("privateKey", BASE64URL.encodeToString(pair.getPrivate().getEncoded()));
        try {
            keys.insertOne(fresh);
            return fresh;
        } catch (RuntimeException e) {
            if (!MongoErrors.isDuplicateKey(e)) {
                throw e;
            }
            return keys.find(Filters.eq("_id", ID)).first();
        }
    }

    public ECPublicKey publicKey() {
        return publicKey;
    }

    ECPrivateKey privateKey() {
        return privateKey;
    }

    /** The public key as browsers take it for {@code applicationServerKey}: base64url of the uncompressed point. */
    public String publicKeyBase64Url() {
        return BASE64URL.encodeToString(EcKeys.uncompressed(publicKey));
    }
}
