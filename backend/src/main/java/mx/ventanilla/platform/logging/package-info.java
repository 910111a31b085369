/**
 * Structured logging: one JSON object per line on standard output, with the request id of the request being served,
 * wired through {@code java.util.logging} so that Helidon, the MongoDB driver and S3Proxy (via slf4j-jdk14) all
 * write the same format.
 */
@NullMarked
package mx.ventanilla.platform.logging;

import org.jspecify.annotations.NullMarked;
