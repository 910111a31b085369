package mx.ventanilla.pwa.views;

import java.io.Serial;

import com.vaadin.flow.component.button.Button;

/** "Cargar más" under a paged list: 44 px high, and shown only while the list has another page. */
public final class MoreButton extends Button {

    @Serial
    private static final long serialVersionUID = 1L;

    public MoreButton(Runnable loadMore) {
        setText(getTranslation("paging.more"));
        addClassName("load-more");
        setMinHeight("44px");
        setVisible(false);
        addClickListener(click -> loadMore.run());
    }

    /** Shows the button when {@code list} has another page. */
    public void followPagesOf(PagedList<?> list) {
        setVisible(list.hasMore());
    }
}
