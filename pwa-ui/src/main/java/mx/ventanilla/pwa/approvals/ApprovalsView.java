package mx.ventanilla.pwa.approvals;

import java.io.Serial;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import mx.ventanilla.pwa.session.Roles;
import mx.ventanilla.pwa.views.MainLayout;

/**
 * "Aprobaciones": what awaits a manager's decision, built for tablets (a grid with selection) and shown as cards on
 * phones. MANAGER or ADMIN; anyone else is told it is not for them.
 */
@Route(value = "aprobaciones", layout = MainLayout.class)
public class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int PHONE_WIDTH = 700;

    public ApprovalsView() {
        addClassName("approvals-view");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        add(new H2(getTranslation("approvals.title")));
        if (!Roles.currentHoldsAny(Roles.MANAGER, Roles.ADMIN)) {
            Paragraph refused = new Paragraph(getTranslation("approvals.refused"));
            refused.addClassName("refused");
            add(refused);
            return;
        }
        ProposalsPanel proposals = new ProposalsPanel();
        ResponsesPanel responses = new ResponsesPanel();
        add(new H3(getTranslation("approvals.proposals")), proposals,
                new H3(getTranslation("approvals.responses")), responses);
        proposals.refresh();
        responses.refresh();
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            boolean phone = details.getWindowInnerWidth() < PHONE_WIDTH;
            proposals.setCompact(phone);
            responses.setCompact(phone);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvals.title") + " · " + getTranslation("app.name");
    }

    /** A card of a phone's list: the folio in bold, then one line per fact. */
    static Div card(String folio, String subject, String... lines) {
        Div card = new Div();
        card.addClassName("decision-card");
        Span title = new Span(folio);
        title.getStyle().set("font-weight", "600");
        card.add(new Div(title), new Div(subject));
        for (String line : lines) {
            Div fact = new Div(line);
            fact.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(fact);
        }
        card.getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-s) 0");
        return card;
    }
}
