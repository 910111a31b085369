package mx.ventanilla.correspondence.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import mx.ventanilla.correspondence.model.StoredObjectEntry;
import mx.ventanilla.correspondence.model.StoredObjects;
import mx.ventanilla.storage.ObjectStorage;

/**
 * The objects the digitiser writes for items and responses, in the object store: everything under {@code scans/}
 * (originals, thumbnails, PDFs) and {@code attachments/} (attachments of responses).
 */
public final class ObjectStorageStoredObjects implements StoredObjects {

    static final List<String> PREFIXES = List.of("scans/", "attachments/");

    private final ObjectStorage storage;

    public ObjectStorageStoredObjects(ObjectStorage storage) {
        this.storage = storage;
    }

    @Override
    public Stream<StoredObjectEntry> storedBefore(Instant instant) {
        return PREFIXES.stream().flatMap(prefix -> storage.list(prefix, instant)
                .map(object -> new StoredObjectEntry(object.key(), object.size(), object.lastModified())));
    }

    @Override
    public void delete(String key) {
        storage.delete(key);
    }
}
