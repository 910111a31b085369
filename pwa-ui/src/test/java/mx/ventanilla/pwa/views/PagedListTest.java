package mx.ventanilla.pwa.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import mx.ventanilla.pwa.api.Paged;
import org.junit.jupiter.api.Test;

class PagedListTest {

    /** Rows 1..total in pages of three; the cursor is the last row's number. */
    private static final class Rows implements PagedList.Source<Integer> {
        private final int total;
        private final List<Optional<String>> asked = new ArrayList<>();

        Rows(int total) {
            this.total = total;
        }

        @Override
        public Paged<Integer> page(Optional<String> after) {
            asked.add(after);
            int start = after.map(Integer::parseInt).orElse(0);
            List<Integer> rows = IntStream.rangeClosed(start + 1, Math.min(start + 3, total)).boxed().toList();
            return new Paged<>(rows, start + 3 < total ? Optional.of(String.valueOf(start + 3)) : Optional.empty());
        }
    }

    @Test
    void moreAppendsTheNextPageUntilThereIsNone() {
        PagedList<Integer> list = new PagedList<>();
        Rows source = new Rows(7);

        list.reload(source);
        list.more(source);
        assertThat(list.hasMore()).isTrue();
        list.more(source);

        assertThat(list.rows()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(list.hasMore()).isFalse();
        assertThat(list.more(source)).hasSize(7);
        assertThat(source.asked).hasSize(3);
    }

    @Test
    void reloadReadsAgainAsManyRowsAsWereShown() {
        PagedList<Integer> list = new PagedList<>();
        list.reload(new Rows(10));
        list.more(new Rows(10));

        List<Integer> reloaded = list.reload(new Rows(11));

        assertThat(reloaded).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(list.hasMore()).isTrue();
    }

    @Test
    void afterClearAReloadReadsOnePage() {
        PagedList<Integer> list = new PagedList<>();
        list.reload(new Rows(10));
        list.more(new Rows(10));
        list.clear();

        assertThat(list.reload(new Rows(10))).containsExactly(1, 2, 3);
    }
}
