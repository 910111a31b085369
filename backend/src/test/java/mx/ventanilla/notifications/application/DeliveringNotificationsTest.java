package mx.ventanilla.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.calendar.model.BusinessCalendar;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.notifications.model.AssignedTurn;
import mx.ventanilla.notifications.model.Delivery;
import mx.ventanilla.notifications.model.DeliveryPolicy;
import mx.ventanilla.notifications.model.DeliveryStatus;
import mx.ventanilla.notifications.model.NotificationTexts;
import mx.ventanilla.notifications.model.PushChannel;
import mx.ventanilla.notifications.model.PushDevice;
import mx.ventanilla.notifications.model.PushMessage;
import mx.ventanilla.notifications.model.PushSender;
import mx.ventanilla.notifications.model.PushTarget;
import mx.ventanilla.notifications.model.SendResult;
import mx.ventanilla.platform.error.ForbiddenException;
import org.junit.jupiter.api.Test;

class DeliveringNotificationsTest {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    /** Tuesday 10 March 2026, 08:30 in Mexico City. */
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-03-10T14:30:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

    private final InMemoryNotifications store = new InMemoryNotifications();
    private final MutableClock clock = new MutableClock(TUESDAY_MORNING);
    private final ScriptedSender sender = new ScriptedSender();
    private final PlanningDeliveries planning = new PlanningDeliveries(store, store, store, clock);
    private final SendingDeliveries sending = new SendingDeliveries(store, store,
            Map.of(PushChannel.WEB_PUSH, sender), new DeliveryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1)),
            Duration.ofMinutes(2), clock);

    @Test
    void namedRecipientIsTheOnlyHolder() {
        store.managers.put("unit-sv", List.of("titular"));
        device("ana", "phone");
        device("titular", "laptop");

        planning.plan(turn("t-1", Optional.of("ana"), List.of(), TUESDAY.plusDays(5)), "turn:7",
                Delivery.Reason.TURN_ASSIGNED, message());

        assertThat(store.log.keySet()).containsExactly("turn:7:ana:phone");
    }

    @Test
    void withoutANamedRecipientTheUnitsManagersHoldTheTurnOnEveryDevice() {
        store.managers.put("unit-sv", List.of("titular", "suplente"));
        device("titular", "phone");
        device("titular", "laptop");
        device("suplente", "phone");

        int planned = planning.plan(turn("t-1", Optional.empty(), List.of(), TUESDAY.plusDays(5)), "turn:7",
                Delivery.Reason.TURN_ASSIGNED, message());

        assertThat(planned).isEqualTo(3);
    }

    @Test
    void reservedItemReachesOnlyGrantedHolders() {
        store.managers.put("unit-sv", List.of("titular", "suplente"));
        device("titular", "phone");
        device("suplente", "phone");

        planning.plan(turn("t-1", Optional.empty(), List.of("titular"), TUESDAY.plusDays(5)), "turn:7",
                Delivery.Reason.TURN_ASSIGNED, message());

        assertThat(store.log.keySet()).containsExactly("turn:7:titular:phone");
    }

    @Test
    void silencedUsersAndRepeatedPlansGetNothingMore() {
        store.managers.put("unit-sv", List.of("titular", "inactivo"));
        store.silenced.add("inactivo");
        device("titular", "phone");
        device("inactivo", "phone");
        AssignedTurn turn = turn("t-1", Optional.empty(), List.of(), TUESDAY.plusDays(5));

        int first = planning.plan(turn, "turn:7", Delivery.Reason.TURN_ASSIGNED, message());
        int again = planning.plan(turn, "turn:7", Delivery.Reason.TURN_ASSIGNED, message());

        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(store.log).hasSize(1);
    }

    @Test
    void transientFailuresAreRetriedWithGrowingDelaysThenGivenUp() {
        store.managers.put("unit-sv", List.of("titular"));
        device("titular", "phone");
        planning.plan(turn("t-1", Optional.empty(), List.of(), TUESDAY.plusDays(5)), "turn:7",
                Delivery.Reason.TURN_ASSIGNED, message());
        sender.answers.addAll(List.of(SendResult.retry("HTTP 503"), SendResult.retry("HTTP 503"),
                SendResult.retry("HTTP 429")));

        sending.sendDue(10);
        Delivery afterFirst = store.log.get("turn:7:titular:phone");
        clock.advance(Duration.ofSeconds(9));
        int tooEarly = sending.sendDue(10);
        clock.advance(Duration.ofSeconds(1));
        sending.sendDue(10);
        Delivery afterSecond = store.log.get("turn:7:titular:phone");
        clock.advance(Duration.ofSeconds(20));
        sending.sendDue(10);

        assertThat(afterFirst.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(TUESDAY_MORNING.plusSeconds(10));
        assertThat(tooEarly).isZero();
        assertThat(afterSecond.nextAttemptAt()).isEqualTo(TUESDAY_MORNING.plusSeconds(10 + 20));
        Delivery last = store.log.get("turn:7:titular:phone");
        assertThat(last.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.lastError()).contains("HTTP 429");
        assertThat(sender.sent).isEqualTo(3);
    }

    @Test
    void goneDeviceIsRemovedAndItsDeliveryDropped() {
        store.managers.put("unit-sv", List.of("titular"));
        device("titular", "phone");
        planning.plan(turn("t-1", Optional.empty(), List.of(), TUESDAY.plusDays(5)), "turn:7",
                Delivery.Reason.TURN_ASSIGNED, message());
        sender.answers.add(SendResult.gone("HTTP 410"));

        sending.sendDue(10);

        assertThat(store.log.get("turn:7:titular:phone").status()).isEqualTo(DeliveryStatus.DROPPED);
        assertThat(store.ofUser("titular")).isEmpty();
    }

    @Test
    void sentDeliveryIsNotSentAgain() {
        store.managers.put("unit-sv", List.of("titular"));
        device("titular", "phone");
        planning.plan(turn("t-1", Optional.empty(), List.of(), TUESDAY.plusDays(5)), "turn:7",
                Delivery.Reason.TURN_ASSIGNED, message());

        sending.sendDue(10);
        clock.advance(Duration.ofHours(1));
        sending.sendDue(10);

        assertThat(sender.sent).isEqualTo(1);
        assertThat(store.log.get("turn:7:titular:phone").status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void remindersGoOncePerBusinessDayToYellowAndRedTurns() {
        store.managers.put("unit-sv", List.of("titular"));
        device("titular", "phone");
        store.turns.add(turn("yellow", Optional.empty(), List.of(), TUESDAY.plusDays(1)));
        store.turns.add(turn("red", Optional.empty(), List.of(), TUESDAY.minusDays(1)));
        store.turns.add(new AssignedTurn("green", "c-green", "DG-2026-000003", "A tiempo", "unit-sv",
                Optional.empty(), List.of(), TUESDAY.plusDays(20), TUESDAY.plusDays(15)));
        SendingDueReminders reminders = reminders();

        int first = reminders.runToday();
        int again = reminders.runToday();

        assertThat(first).isEqualTo(2);
        assertThat(again).isZero();
        assertThat(store.log.values()).extracting(delivery -> delivery.message().title())
                .containsExactlyInAnyOrder("Turno por vencer DG-2026-yellow", "Turno vencido DG-2026-red");
        assertThat(store.log.keySet()).contains("reminder:red:2026-03-10:titular:phone");
        clock.advance(Duration.ofDays(1));
        assertThat(reminders.runToday()).isEqualTo(2);
    }

    @Test
    void noRemindersOnWeekends() {
        store.managers.put("unit-sv", List.of("titular"));
        device("titular", "phone");
        store.turns.add(turn("red", Optional.empty(), List.of(), TUESDAY.minusDays(1)));
        clock.advance(Duration.ofDays(4));

        assertThat(reminders().runToday()).isZero();
    }

    @Test
    void onlyAnAdministratorRunsTheReminderPassByHand() {
        Principal manager = new Principal("titular", Principal.Kind.USER, "titular.sv", Set.of(Role.MANAGER),
                "unit-sv", Set.of());

        assertThatThrownBy(() -> reminders().runNow(manager)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void retryDelaysDoubleUpToTheLimit() {
        DeliveryPolicy policy = new DeliveryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(5));

        assertThat(List.of(policy.delayAfter(1), policy.delayAfter(2), policy.delayAfter(3), policy.delayAfter(9)))
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                        Duration.ofMinutes(5));
    }

    private SendingDueReminders reminders() {
        return new SendingDueReminders(store, planning, () -> new BusinessCalendar(MEXICO, List.of()), clock);
    }

    private void device(String userId, String deviceId) {
        store.save(new PushDevice(userId, deviceId, "Chrome", new PushTarget.WebPushSubscription(
                "https://push.example.org/" + userId + deviceId, "key", "auth"), TUESDAY_MORNING.minusSeconds(60)));
    }

    private static AssignedTurn turn(String id, Optional<String> recipient, List<String> grants, LocalDate due) {
        return new AssignedTurn(id, "c-" + id, "DG-2026-" + id, "Solicitud de informes", "unit-sv", recipient, grants,
                due, due.minusDays(2));
    }

    private static PushMessage message() {
        return NotificationTexts.newTurn(turn("t-1", Optional.empty(), List.of(), TUESDAY));
    }

    private static final class ScriptedSender implements PushSender {
        final Deque<SendResult> answers = new ArrayDeque<>();
        int sent;

        @Override
        public PushChannel channel() {
            return PushChannel.WEB_PUSH;
        }

        @Override
        public SendResult send(PushTarget target, PushMessage message) {
            sent++;
            return answers.isEmpty() ? SendResult.sent() : answers.poll();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
