package mx.ventanilla.reporting.model;

import java.util.Optional;

import mx.ventanilla.correspondence.model.Folio;
import mx.ventanilla.platform.error.InvalidInputException;

/**
 * A search over correspondence: free text over folio, subject, sender and summary (ignoring case and accents), an
 * exact folio, the day range it was received in, the document type. Rows come newest first.
 *
 * @param text         words that must all appear in the item's folio, subject, sender or summary, in any order
 * @param folio        exact folio, e.g. {@code DG-2026-000123}
 * @param period       days it was received in
 * @param preset       or a named range of days
 * @param documentType exact document type
 * @param first        page size
 * @param after        keyset position the page starts after (decoded cursor)
 */
public record SearchQuery(Optional<String> text, Optional<String> folio, Optional<Period> period,
                          Optional<Period.Preset> preset, Optional<String> documentType, int first,
                          Optional<String> after) {

    public SearchQuery {
        text = text.filter(t -> !SearchText.normalise(t).isEmpty());
        Filters.requireShort("text", text);
        Filters.requireShort("documentType", documentType);
        folio = folio.map(f -> Folio.parse(f).toString());
        Paging.requirePageSize(first);
        if (period.isPresent() && preset.isPresent()) {
            throw new InvalidInputException("period", "Give either a period or a preset, not both.");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same search for another page. */
    public SearchQuery page(int size, Optional<String> position) {
        return new SearchQuery(text, folio, period, preset, documentType, size, position);
    }

    /** Builds a {@link SearchQuery}; unset filters do not filter. */
    public static final class Builder {
        private Optional<String> text = Optional.empty();
        private Optional<String> folio = Optional.empty();
        private Optional<Period> period = Optional.empty();
        private Optional<Period.Preset> preset = Optional.empty();
        private Optional<String> documentType = Optional.empty();
        private int first = Paging.DEFAULT_PAGE_SIZE;
        private Optional<String> after = Optional.empty();

        private Builder() {
        }

        public Builder text(String words) {
            text = Optional.of(words);
            return this;
        }

        public Builder folio(String exact) {
            folio = Optional.of(exact);
            return this;
        }

        public Builder period(Period range) {
            period = Optional.of(range);
            return this;
        }

        public Builder period(Period.Preset named) {
            preset = Optional.of(named);
            return this;
        }

        public Builder documentType(String type) {
            documentType = Optional.of(type);
            return this;
        }

        public Builder first(int size) {
            first = size;
            return this;
        }

        public Builder after(String position) {
            after = Optional.of(position);
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(text, folio, period, preset, documentType, first, after);
        }
    }
}
