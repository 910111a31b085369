/**
 * Stores scans and attachments in an S3-compatible object store: a MinIO cluster in production, or an S3Proxy
 * server embedded in the same JVM when no endpoint is configured, so that a single-machine installation needs no
 * extra service.
 *
 * <p>{@link mx.ventanilla.storage.ObjectStorage} is the entry point. Content is streamed, measured, hashed and typed
 * from its own bytes while it is stored; object keys are generated, never taken from the client.
 */
@NullMarked
package mx.ventanilla.storage;

import org.jspecify.annotations.NullMarked;
