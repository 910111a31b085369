package mx.ventanilla.scans.model;

/**
 * A file kept in object storage.
 *
 * @param key         the generated object key (never derived from a client's file name)
 * @param size        bytes
 * @param sha256      hex SHA-256 of the stored bytes, recorded so tampering and corruption can be detected
 * @param contentType detected from the bytes
 * @param clientName  the name the client gave, for display
 */
public record StoredFile(String key, long size, String sha256, String contentType, String clientName) {
}
