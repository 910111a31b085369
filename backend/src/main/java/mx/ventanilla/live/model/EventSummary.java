package mx.ventanilla.live.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a subscriber learns about the item without asking again: the outbox message's {@code payload}. Every part is
 * optional because each kind of change fills only what it knows.
 *
 * @param folio           the item's folio, e.g. {@code DG-2026-000123}
 * @param subject         the item's subject (asunto)
 * @param state           the turn's or item's state after the change
 * @param recipientUnitId the unit a turn is addressed to
 * @param recipientUserId the person a turn names
 * @param dueDate         the turn's due date, in the institution's calendar
 * @param trafficLight    GREEN, YELLOW or RED when the change was written
 */
public record EventSummary(Optional<String> folio, Optional<String> subject, Optional<String> state,
                           Optional<String> recipientUnitId, Optional<String> recipientUserId,
                           Optional<LocalDate> dueDate, Optional<String> trafficLight) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a summary part by part; parts not given stay empty. */
    public static final class Builder {

        private Optional<String> folio = Optional.empty();
        private Optional<String> subject = Optional.empty();
        private Optional<String> state = Optional.empty();
        private Optional<String> recipientUnitId = Optional.empty();
        private Optional<String> recipientUserId = Optional.empty();
        private Optional<LocalDate> dueDate = Optional.empty();
        private Optional<String> trafficLight = Optional.empty();

        private Builder() {
        }

        public Builder folio(String value) {
            folio = Optional.of(value);
            return this;
        }

        public Builder subject(String value) {
            subject = Optional.of(value);
            return this;
        }

        public Builder state(String value) {
            state = Optional.of(value);
            return this;
        }

        public Builder recipientUnitId(String value) {
            recipientUnitId = Optional.of(value);
            return this;
        }

        public Builder recipientUserId(String value) {
            recipientUserId = Optional.of(value);
            return this;
        }

        public Builder dueDate(LocalDate value) {
            dueDate = Optional.of(value);
            return this;
        }

        public Builder trafficLight(String value) {
            trafficLight = Optional.of(value);
            return this;
        }

        public EventSummary build() {
            return new EventSummary(folio, subject, state, recipientUnitId, recipientUserId, dueDate, trafficLight);
        }
    }
}
