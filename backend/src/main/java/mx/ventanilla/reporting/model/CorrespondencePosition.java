package mx.ventanilla.reporting.model;

import java.time.Instant;

import mx.ventanilla.platform.error.InvalidInputException;

/**
 * Where a row stands in a search sorted by reception, newest first, then id descending.
 *
 * @param receivedAt when the item was received
 * @param id         the item's id
 */
public record CorrespondencePosition(Instant receivedAt, String id) {

    public String encode() {
        return "correspondence|" + receivedAt.toEpochMilli() + "|" + id;
    }

    /** Reads a position made by {@link #encode()}; anything else is refused as a bad {@code after}. */
    public static CorrespondencePosition parse(String position) {
        String[] parts = position.split("\\|", 3);
        if (parts.length != 3 || !parts[0].equals("correspondence") || parts[2].isEmpty()) {
            throw notAPosition();
        }
        try {
            return new CorrespondencePosition(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
        } catch (NumberFormatException e) {
            throw notAPosition();
        }
    }

    private static InvalidInputException notAPosition() {
        return new InvalidInputException("after", "The 'after' cursor does not belong to a list of correspondence.");
    }
}
