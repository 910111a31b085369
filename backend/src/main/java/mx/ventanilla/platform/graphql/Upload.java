package mx.ventanilla.platform.graphql;

import java.nio.file.Path;

/**
 * A file sent with a GraphQL multipart request (the value of an {@code Upload} variable). The HTTP layer streams it
 * to a temporary file, which lives until the request is answered; nothing about it is trusted but its bytes.
 *
 * @param fileName     the name the client gave
 * @param declaredType the content type the client claimed (informational only)
 * @param file         where the bytes were streamed to
 * @param size         bytes received
 */
public record Upload(String fileName, String declaredType, Path file, long size) {
}
