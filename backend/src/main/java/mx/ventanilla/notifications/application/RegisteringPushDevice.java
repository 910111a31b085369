package mx.ventanilla.notifications.application;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.notifications.model.DeviceRegistration;
import mx.ventanilla.notifications.model.PushChannel;
import mx.ventanilla.notifications.model.PushDevice;
import mx.ventanilla.notifications.model.PushDevices;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.InvalidInputException;

/**
 * A signed-in user registers, lists and removes their own push devices. Service accounts have no devices.
 * Registering a device id again replaces its token or subscription.
 */
public final class RegisteringPushDevice {

    private final PushDevices devices;
    private final DeviceRules rules;
    private final Set<PushChannel> channels;
    private final Clock clock;

    public RegisteringPushDevice(PushDevices devices, DeviceRules rules, Set<PushChannel> channels, Clock clock) {
        this.devices = devices;
        this.rules = rules;
        this.channels = Set.copyOf(channels);
        this.clock = clock;
    }

    public PushDevice register(Principal caller, DeviceRegistration registration) {
        requireUser(caller);
        rules.check(registration);
        if (!channels.contains(registration.target().channel())) {
            throw new InvalidInputException("channel", "Push channel " + registration.target().channel()
                    + " is not configured on this server; ask pushConfiguration which one to use.");
        }
        PushDevice device = new PushDevice(caller.subjectId(), registration.deviceId(), registration.label(),
                registration.target(), clock.instant());
        devices.save(device);
        return device;
    }

    public boolean unregister(Principal caller, String deviceId) {
        requireUser(caller);
        return devices.remove(caller.subjectId(), deviceId);
    }

    public List<PushDevice> mine(Principal caller) {
        requireUser(caller);
        return devices.ofUser(caller.subjectId());
    }

    private static void requireUser(Principal caller) {
        if (caller.kind() != Principal.Kind.USER) {
            throw new ForbiddenException("Only staff users have push devices.");
        }
    }
}
