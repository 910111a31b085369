package mx.ventanilla.correspondence.application;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.calendar.application.InstitutionCalendar;
import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.Correspondences;
import mx.ventanilla.correspondence.model.Folio;
import mx.ventanilla.correspondence.model.ListedTurn;
import mx.ventanilla.correspondence.model.TimelineEntry;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.scans.model.Digitiser;
import mx.ventanilla.scans.model.StoredFile;

/**
 * Reading items, turns and timelines with the caller's visibility applied, the traffic light of open turns computed
 * by the one policy at the time of the request, and scan URLs issued only for items the caller sees.
 */
public final class ReadingCorrespondence {

    /** How long a presigned scan URL works. */
    public static final Duration SCAN_URL_VALIDITY = Duration.ofMinutes(5);

    private final Correspondences store;
    private final CorrespondenceAccess access;
    private final InstitutionCalendar calendar;
    private final Optional<Digitiser> digitiser;

    public ReadingCorrespondence(Correspondences store, CorrespondenceAccess access, InstitutionCalendar calendar,
                                 Optional<Digitiser> digitiser) {
        this.store = store;
        this.access = access;
        this.calendar = calendar;
        this.digitiser = digitiser;
    }

    public Correspondence item(Principal caller, String id) {
        return access.visibleItem(caller, id);
    }

    public Correspondence byFolio(Principal caller, String folio) {
        return access.visibleByFolio(caller, Folio.parse(folio));
    }

    public Turn turn(Principal caller, String turnId) {
        return access.visibleTurn(caller, turnId).turn();
    }

    /** The items with these ids the caller sees, in the order given; read together, invisible ones left out. */
    public List<Correspondence> items(Principal caller, List<String> ids) {
        return ids.isEmpty() ? List.of() : access.visibleItems(caller, ids);
    }

    /** The turns with these ids the caller sees, in the order given; read together, invisible ones left out. */
    public List<Turn> turns(Principal caller, List<String> turnIds) {
        return turnIds.isEmpty() ? List.of() : access.visibleTurns(caller, turnIds);
    }

    /**
     * The turns of a list (as a list query read them, with their items' confidentiality and grants) the caller sees,
     * in list order, invisible ones left out; reads storage only for turns whose own fields do not prove it.
     */
    public List<Turn> listedTurns(Principal caller, List<ListedTurn> listed) {
        return listed.isEmpty() ? List.of() : access.visibleListed(caller, listed);
    }

    /** The turns of the item the caller sees, in the order they were created. */
    public List<Turn> turnTree(Principal caller, Correspondence item) {
        Correspondence visible = access.visibleItem(caller, item.id());
        return access.visibleTree(caller, visible, store.turnsOf(visible.id()));
    }

    public List<TimelineEntry> timeline(Principal caller, Correspondence item, long afterPosition, int limit) {
        Correspondence visible = access.visibleItem(caller, item.id());
        return store.timeline(visible.id(), afterPosition, limit);
    }

    /** A short-lived URL of one of the item's stored files; empty where no file store is configured. */
    public Optional<URI> fileUrl(Principal caller, Correspondence item, StoredFile file) {
        access.visibleItem(caller, item.id());
        return digitiser.map(files -> files.temporaryUrl(file, SCAN_URL_VALIDITY));
    }

    /** The light of an open turn now; empty for turns that wait on nobody's answer. */
    public Optional<TrafficLight> trafficLight(Turn turn) {
        if (!turn.state().isOpen()) {
            return Optional.empty();
        }
        return Optional.of(calendar.policy().lightOf(turn.issuedAt(), turn.dueDate(), calendar.now(),
                calendar.current()));
    }

    /** Business days left until the due date (negative when overdue), for open turns. */
    public Optional<Integer> businessDaysLeft(Turn turn) {
        if (!turn.state().isOpen()) {
            return Optional.empty();
        }
        return Optional.of(calendar.current().businessDaysBetween(calendar.today(), turn.dueDate()));
    }
}
