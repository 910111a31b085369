package mx.ventanilla.notifications.model;

import java.util.List;

/** The registered devices, per user and device id (port). */
public interface PushDevices {

    /** Stores the device, replacing the one with the same user and device id. */
    void save(PushDevice device);

    /** Removes one device of a user; false when there was none. */
    boolean remove(String userId, String deviceId);

    /** A user's devices, most recently registered first. */
    List<PushDevice> ofUser(String userId);
}
