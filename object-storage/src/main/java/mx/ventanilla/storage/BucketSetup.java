package mx.ventanilla.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetBucketVersioningArgs;
import io.minio.GetObjectLockConfigurationArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.SetBucketVersioningArgs;
import io.minio.errors.MinioException;
import io.minio.messages.VersioningConfiguration;

/**
 * Makes sure the bucket exists and finds out, once, what the store can do with it.
 *
 * <p>A new bucket is requested with object lock, which only bucket creation can turn on. Stores without versioning
 * or object lock (S3Proxy answers 501 Not Implemented) are recorded as such, not treated as failures.
 */
final class BucketSetup {

    private final MinioClient client;
    private final String bucket;

    BucketSetup(MinioClient client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /** Creates the bucket unless it exists: with object lock where the store allows, else without. */
    void ensureBucket() throws MinioException {
        if (client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            return;
        }
        try {
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).objectLock(true).build());
        } catch (MinioException e) {
            createWithoutObjectLock(e);
        }
    }

    /** Turns versioning on where the store supports it; returns whether the bucket is versioned now. */
    boolean enableVersioning() throws MinioException {
        try {
            if (isVersioned()) {
                return true;
            }
            client.setBucketVersioning(SetBucketVersioningArgs.builder().bucket(bucket)
                    .config(new VersioningConfiguration(VersioningConfiguration.Status.ENABLED, null, null, null))
                    .build());
            return isVersioned();
        } catch (MinioException e) {
            return unlessUnsupported(e);
        }
    }

    /**
     * Whether objects in this bucket can be given a retention period. Only versioned buckets can have object lock,
     * so there is no need to ask (and make S3Proxy log an error) where versioning is not supported.
     */
    boolean objectLockEnabled() throws MinioException {
        try {
            client.getObjectLockConfiguration(GetObjectLockConfigurationArgs.builder().bucket(bucket).build());
            return true;
        } catch (MinioException e) {
            if (MinioErrors.hasCode(e, "ObjectLockConfigurationNotFoundError")) {
                return false;
            }
            return unlessUnsupported(e);
        }
    }

    private void createWithoutObjectLock(MinioException lockRefused) throws MinioException {
        if (MinioErrors.hasCode(lockRefused, "BucketAlreadyOwnedByYou")) {
            return;
        }
        try {
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        } catch (MinioException e) {
            e.addSuppressed(lockRefused);
            if (!MinioErrors.hasCode(e, "BucketAlreadyOwnedByYou")) {
                throw e;
            }
        }
    }

    private boolean isVersioned() throws MinioException {
        VersioningConfiguration configuration =
                client.getBucketVersioning(GetBucketVersioningArgs.builder().bucket(bucket).build());
        return configuration.status() == VersioningConfiguration.Status.ENABLED;
    }

    private static boolean unlessUnsupported(MinioException e) throws MinioException {
        if (MinioErrors.isNotImplemented(e)) {
            return false;
        }
        throw e;
    }
}
