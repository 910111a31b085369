/** Opening object storage (scans, attachments, receipts) from configuration: external MinIO/S3 or embedded. */
@NullMarked
package mx.ventanilla.platform.storage;

import org.jspecify.annotations.NullMarked;
