package mx.ventanilla.correspondence.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.scans.model.StoredFile;

/**
 * What a turn's recipient sent back ("respuesta").
 *
 * @param text          the answer
 * @param attachments   stored files sent with it
 * @param outgoingFolio the folio of an outgoing item that carries the answer, if any
 * @param at            when it was sent
 * @param by            who sent it
 */
public record TurnResponse(String text, List<StoredFile> attachments, Optional<String> outgoingFolio, Instant at,
                           Actor by) {

    public TurnResponse {
        attachments = List.copyOf(attachments);
    }
}
