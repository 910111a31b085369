package mx.ventanilla.correspondence.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.Confidentiality;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceStatus;
import mx.ventanilla.correspondence.model.Correspondences;
import mx.ventanilla.correspondence.model.Direction;
import mx.ventanilla.correspondence.model.Folio;
import mx.ventanilla.correspondence.model.ListedTurn;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.Sender;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.correspondence.model.TurnInstruction;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;

/**
 * Which listed turns are kept on their own fields and which are checked against storage: whatever the path, the
 * answer is the one {@link CorrespondenceAccess#visibleTurns} gives.
 */
class VisibleListedTurnsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T16:00:00Z");
    private static final List<String> SV_PATH = List.of("dg", "sv");
    private static final List<String> DPV_PATH = List.of("dg", "sv", "dpv");
    private static final List<String> SAF_PATH = List.of("dg", "saf");
    private static final Principal MANAGER_OF_SV = new Principal("u-sv", Principal.Kind.USER, "titular.sv",
            Set.of(Role.MANAGER), "sv", Set.of());

    private final CountingStore store = new CountingStore();
    private final CorrespondenceAccess access = new CorrespondenceAccess(store.proxy(), noUnits());

    @Test
    void sentTurnsOnTheCallersPathAreKeptWithoutReadingAnything() {
        ListedTurn own = listed(turn("t1", TurnState.SENT, DPV_PATH, Optional.empty()), Confidentiality.PUBLIC);
        ListedTurn granted = listed(turn("t2", TurnState.ANSWERED, SV_PATH, Optional.empty()),
                Confidentiality.RESERVED, "u-sv");
        ListedTurn named = listed(turn("t3", TurnState.RECEIVED, SAF_PATH, Optional.of("u-sv")),
                Confidentiality.RESERVED, "u-sv");

        assertThat(access.visibleListed(MANAGER_OF_SV, List.of(own, granted, named))).extracting(Turn::id)
                .containsExactly("t1", "t2", "t3");
        assertThat(store.reads).isEmpty();
    }

    @Test
    void turnsTheirFieldsDoNotProveAreCheckedAgainstTheirItemsAndLeftOutWhenInvisible() {
        Turn proposed = turn("p1", TurnState.PROPOSED, SV_PATH, Optional.empty());
        Turn elsewhere = turn("e1", TurnState.SENT, SAF_PATH, Optional.empty());
        Turn reservedNotGranted = turn("r1", TurnState.SENT, SV_PATH, Optional.empty());
        store.turns.addAll(List.of(proposed, elsewhere, reservedNotGranted));
        store.items.add(item("item-p1", Confidentiality.PUBLIC, List.of("dg", "dcg")));
        store.items.add(item("item-e1", Confidentiality.PUBLIC, List.of("dg", "saf", "sv")));
        store.items.add(item("item-r1", Confidentiality.RESERVED, List.of("dg", "sv")));
        ListedTurn own = listed(turn("t1", TurnState.SENT, SV_PATH, Optional.empty()), Confidentiality.PUBLIC);

        List<Turn> visible = access.visibleListed(MANAGER_OF_SV, List.of(listed(proposed, Confidentiality.PUBLIC),
                own, listed(elsewhere, Confidentiality.PUBLIC), listed(reservedNotGranted, Confidentiality.RESERVED)));

        assertThat(visible).extracting(Turn::id).as("the item is seen but not the turn sent to SAF; the proposed "
                + "turn's item does not reach SV; the reserved item is not granted").containsExactly("t1");
        assertThat(store.reads).containsExactly("findTurns", "findAllById", "turnsOfAll");
    }

    @Test
    void aTurnListedAsReservedWithoutTheCallersGrantIsCheckedAgainstItsItem() {
        Turn turn = turn("t1", TurnState.SENT, SV_PATH, Optional.empty());
        store.turns.add(turn);
        store.items.add(item("item-t1", Confidentiality.PUBLIC, List.of("dg", "sv")));

        assertThat(access.visibleListed(MANAGER_OF_SV, List.of(listed(turn, Confidentiality.RESERVED))))
                .extracting(Turn::id).containsExactly("t1");
        assertThat(store.reads).isNotEmpty();
    }

    private static ListedTurn listed(Turn turn, Confidentiality confidentiality, String... grants) {
        return new ListedTurn(turn, confidentiality, Set.of(grants));
    }

    private static Turn turn(String id, TurnState state, List<String> recipientPath, Optional<String> person) {
        return new Turn(id, "item-" + id, "DG-2026-000001", Optional.empty(), List.of(), new Actor("u-dg", "Director"),
                "dg", recipientPath.getLast(), person, recipientPath, TurnInstruction.ATTENTION, "Atender.",
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 8), Priority.NORMAL, state, NOW, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "Asunto",
                "Remitente", "OFICIO", 1);
    }

    private static Correspondence item(String id, Confidentiality confidentiality, List<String> audience) {
        return new Correspondence(id, Folio.parse("DG-2026-000001"), Direction.INCOMING, "OFICIO",
                LocalDate.of(2026, 3, 1), NOW, new Sender(Sender.Kind.CITIZEN, "Remitente", Optional.empty(),
                Optional.empty(), Optional.empty()), "dg", "Asunto", "", Priority.NORMAL, confidentiality, Set.of(),
                "2C.5", List.of(), new Actor("u-of", "Oficialía"), "dcg", audience, CorrespondenceStatus.IN_PROCESS,
                Optional.empty(), Optional.empty(), "f", Optional.empty(), 1, NOW, NOW);
    }

    private static OrgUnits noUnits() {
        return (OrgUnits) Proxy.newProxyInstance(OrgUnits.class.getClassLoader(), new Class<?>[] {OrgUnits.class},
                (proxy, method, args) -> method.getName().equals("findById") ? Optional.empty() : List.of());
    }

    /** The three batch reads of the turn check, recorded; anything else is a test failure. */
    private static final class CountingStore {
        final List<Turn> turns = new ArrayList<>();
        final List<Correspondence> items = new ArrayList<>();
        final List<String> reads = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Correspondences proxy() {
            return (Correspondences) Proxy.newProxyInstance(Correspondences.class.getClassLoader(),
                    new Class<?>[] {Correspondences.class}, (proxy, method, args) -> {
                        reads.add(method.getName());
                        Collection<String> ids = (Collection<String>) args[0];
                        return switch (method.getName()) {
                            case "findTurns" -> turns.stream().filter(turn -> ids.contains(turn.id())).toList();
                            case "findAllById" -> items.stream().filter(item -> ids.contains(item.id())).toList();
                            case "turnsOfAll" -> turns.stream()
                                    .filter(turn -> ids.contains(turn.correspondenceId())).toList();
                            default -> throw new AssertionError("Unexpected read " + method.getName());
                        };
                    });
        }
    }
}
