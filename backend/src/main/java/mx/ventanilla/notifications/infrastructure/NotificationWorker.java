package mx.ventanilla.notifications.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import mx.ventanilla.live.application.TailingOutbox;
import mx.ventanilla.notifications.application.SendingDeliveries;
import mx.ventanilla.notifications.application.SendingDueReminders;

/**
 * This instance's background delivery thread. Every {@code interval} it reads the outbox from the shared checkpoint
 * (planning pushes for new turns), sends the deliveries that are due and, once the institution's local time has
 * passed {@code reminderTime}, runs the day's reminder pass once. Any step failing (the database away for a moment)
 * is logged and tried again at the next round; the outbox is then read again from the checkpoint, which is harmless
 * because delivery keys are unique.
 */
public final class NotificationWorker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(NotificationWorker.class.getName());

    private final Supplier<TailingOutbox> readerFromCheckpoint;
    private final MongoDeliveryCheckpoint checkpoint;
    private final SendingDeliveries sending;
    private final SendingDueReminders reminders;
    private final LocalTime reminderTime;
    private final ZoneId zone;
    private final Clock clock;
    private final int batchSize;
    private final ScheduledExecutorService executor;
    private TailingOutbox reader;
    private Optional<LocalDate> remindedOn = Optional.empty();

    private NotificationWorker(Builder builder) {
        this.readerFromCheckpoint = builder.readerFromCheckpoint;
        this.checkpoint = builder.checkpoint;
        this.sending = builder.sending;
        this.reminders = builder.reminders;
        this.reminderTime = builder.reminderTime;
        this.zone = builder.zone;
        this.clock = builder.clock;
        this.batchSize = builder.batchSize;
        this.reader = readerFromCheckpoint.get();
        this.executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("push-delivery").daemon().factory());
    }

    public static Builder builder() {
        return new Builder();
    }

    private void round() {
        try {
            readOutbox();
            sendDue();
            remindOncePerDay();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Push delivery round failed; trying again at the next one", e);
            reader = readerFromCheckpoint.get();
        }
    }

    private void readOutbox() {
        while (reader.poll() == batchSize && !executor.isShutdown()) {
            checkpoint.advance(reader.watermark());
        }
        checkpoint.advance(reader.watermark());
    }

    private void sendDue() {
        while (sending.sendDue(batchSize) == batchSize && !executor.isShutdown()) {
            Thread.onSpinWait();
        }
    }

    private void remindOncePerDay() {
        ZonedDateTime now = clock.instant().atZone(zone);
        if (now.toLocalTime().isBefore(reminderTime) || remindedOn.equals(Optional.of(now.toLocalDate()))) {
            return;
        }
        reminders.runToday();
        remindedOn = Optional.of(now.toLocalDate());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Builds and starts the worker. */
    public static final class Builder {

        private Supplier<TailingOutbox> readerFromCheckpoint;
        private MongoDeliveryCheckpoint checkpoint;
        private SendingDeliveries sending;
        private SendingDueReminders reminders;
        private LocalTime reminderTime = LocalTime.of(8, 0);
        private ZoneId zone = ZoneId.of("America/Mexico_City");
        private Clock clock = Clock.systemUTC();
        private int batchSize = 100;
        private Duration interval = Duration.ofSeconds(1);

        private Builder() {
        }

        /** Makes a reader that starts after the shared checkpoint. */
        public Builder outbox(Supplier<TailingOutbox> fromCheckpoint, MongoDeliveryCheckpoint shared) {
            this.readerFromCheckpoint = fromCheckpoint;
            this.checkpoint = shared;
            return this;
        }

        public Builder sending(SendingDeliveries value) {
            this.sending = value;
            return this;
        }

        public Builder reminders(SendingDueReminders value, LocalTime at, ZoneId in) {
            this.reminders = value;
            this.reminderTime = at;
            this.zone = in;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder batchSize(int value) {
            this.batchSize = value;
            return this;
        }

        public Builder interval(Duration value) {
            this.interval = value;
            return this;
        }

        public NotificationWorker start() {
            NotificationWorker worker = new NotificationWorker(this);
            long millis = interval.toMillis();
            worker.executor.scheduleWithFixedDelay(worker::round, millis, millis, TimeUnit.MILLISECONDS);
            return worker;
        }
    }
}
