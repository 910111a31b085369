package mx.ventanilla.correspondence.infrastructure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import mx.ventanilla.correspondence.model.ScanRetention;
import mx.ventanilla.scans.model.StoredFile;
import mx.ventanilla.storage.ObjectStorage;

/**
 * Locks an archived item's stored files until the end of their retention with the store's object lock. Stores
 * without object lock (the embedded S3 server) answer that they cannot, and the files stay protected only by the
 * item being read-only.
 */
public final class ObjectStorageScanRetention implements ScanRetention {

    private static final System.Logger LOG = System.getLogger(ObjectStorageScanRetention.class.getName());

    private final ObjectStorage storage;
    private final ZoneId zone;

    public ObjectStorageScanRetention(ObjectStorage storage, ZoneId zone) {
        this.storage = storage;
        this.zone = zone;
    }

    @Override
    public void retainUntil(List<StoredFile> files, LocalDate lastDay) {
        if (!storage.supportsObjectLock()) {
            LOG.log(System.Logger.Level.DEBUG, "Object lock not supported; {0} files not locked", files.size());
            return;
        }
        var until = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        files.forEach(file -> storage.retainUntil(file.key(), until));
    }
}
