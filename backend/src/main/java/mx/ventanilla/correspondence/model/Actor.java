package mx.ventanilla.correspondence.model;

/**
 * Who did something to an item or a turn, as named at the time.
 *
 * @param userId the user's (or service account's) id
 * @param name   the username, for display
 */
public record Actor(String userId, String name) {
}
