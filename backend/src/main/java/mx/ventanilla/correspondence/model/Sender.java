package mx.ventanilla.correspondence.model;

import java.util.Optional;

import mx.ventanilla.platform.error.InvalidInputException;

/**
 * Who sent a document ("remitente").
 *
 * @param kind         a citizen, an organisation, or a government body
 * @param name         the person's or body's name as written on the document
 * @param organisation the organisation or government body the person signs for, if any
 * @param level        for government bodies: federal, state or municipal
 * @param position     the signer's position ("cargo"), if given
 */
public record Sender(Kind kind, String name, Optional<String> organisation, Optional<GovernmentLevel> level,
                     Optional<String> position) {

    /** The three kinds of sender the registry desk distinguishes. */
    public enum Kind { CITIZEN, ORGANISATION, GOVERNMENT }

    /** The order of government a public body belongs to. */
    public enum GovernmentLevel { FEDERAL, STATE, MUNICIPAL }

    public Sender {
        if (name.isBlank()) {
            throw new InvalidInputException("sender.name", "The sender's name is required.");
        }
        if (kind == Kind.GOVERNMENT && level.isEmpty()) {
            throw new InvalidInputException("sender.level",
                    "A government sender needs its level: FEDERAL, STATE or MUNICIPAL.");
        }
        if (kind != Kind.GOVERNMENT && level.isPresent()) {
            throw new InvalidInputException("sender.level", "Only government senders have a level.");
        }
    }
}
