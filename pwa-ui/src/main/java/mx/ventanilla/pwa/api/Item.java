package mx.ventanilla.pwa.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A correspondence item as its detail screen shows it.
 *
 * @param id              the item's id
 * @param folio           e.g. {@code DG-2026-000123}
 * @param direction       INCOMING, OUTGOING or INTERNAL
 * @param documentType    a code of the document-type catalogue
 * @param documentDate    the date written on the document
 * @param receivedAt      when the registry desk received it
 * @param sender          who sent it, as one line
 * @param addresseeUnit   the unit it is addressed to
 * @param subject         asunto
 * @param summary         the summary, possibly empty
 * @param priority        NORMAL or URGENT
 * @param confidentiality PUBLIC or RESERVED
 * @param archivalSeries  the series code
 * @param references      folios it answers or relates to
 * @param status          REGISTERED, IN_PROCESS, CONCLUDED or ARCHIVED
 * @param pages           its scanned pages, in order
 * @param hasPdf          whether the PDF of the pages is ready
 * @param version         the item's version
 * @param turnTree        the turns the caller sees, in the order issued
 * @param timeline        every change, oldest first
 * @param responses       the answers given to its turns, in the order given
 */
public record Item(String id, String folio, String direction, String documentType, LocalDate documentDate,
                   Instant receivedAt, String sender, Turn.UnitRef addresseeUnit, String subject, String summary,
                   String priority, String confidentiality, String archivalSeries, List<String> references,
                   String status, List<Page> pages, boolean hasPdf, int version, List<Turn> turnTree,
                   List<Event> timeline, List<Response> responses) {

    public Item {
        references = List.copyOf(references);
        pages = List.copyOf(pages);
        turnTree = List.copyOf(turnTree);
        timeline = List.copyOf(timeline);
        responses = List.copyOf(responses);
    }

    /** The answers given to one turn, in the order given. */
    public List<Response> responsesTo(String turnId) {
        return responses.stream().filter(response -> response.turnId().equals(turnId)).toList();
    }

    /**
     * A scanned page.
     *
     * @param number       1 for the first page
     * @param hasThumbnail whether its thumbnail is ready
     */
    public record Page(int number, boolean hasThumbnail) {
    }

    /**
     * One change on the item's timeline.
     *
     * @param type   e.g. {@code registered}, {@code turnSent}
     * @param at     when
     * @param actor  who, by name
     * @param turnId the turn concerned, if any
     */
    public record Event(String type, Instant at, String actor, Optional<String> turnId) {
    }

    /**
     * An answer given to one of the item's turns.
     *
     * @param turnId      the turn answered
     * @param number      which of the turn's answers, from 1
     * @param text        what was answered
     * @param at          when
     * @param by          who, by name
     * @param attachments the names of the attached files, in order (the first is attachment 1)
     */
    public record Response(String turnId, int number, String text, Instant at, String by, List<String> attachments) {

        public Response {
            attachments = List.copyOf(attachments);
        }
    }
}
