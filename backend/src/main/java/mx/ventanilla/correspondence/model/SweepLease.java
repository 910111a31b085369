package mx.ventanilla.correspondence.model;

import java.time.Duration;

/**
 * Keeps reconciliation to one instance at a time (port). The holder renews its lease while it works; a lease left by
 * a stopped instance lapses.
 */
public interface SweepLease {

    /** Takes or renews the lease for {@code length}; false when another instance holds one that has not lapsed. */
    boolean claim(Duration length);

    /** Gives the lease back. */
    void release();
}
