package mx.ventanilla.correspondence.application;

import java.util.List;

import mx.ventanilla.correspondence.model.ObjectSweep;
import mx.ventanilla.correspondence.model.ObjectSweeps;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.InvalidInputException;

/** The reports of recent sweeps of unreferenced objects, for administrators. */
public final class ReadingObjectSweeps {

    static final int MOST = 100;

    private final ObjectSweeps sweeps;

    public ReadingObjectSweeps(ObjectSweeps sweeps) {
        this.sweeps = sweeps;
    }

    /** The latest {@code first} reports (1 to {@value #MOST}), newest first. */
    public List<ObjectSweep> newestFirst(Principal caller, int first) {
        AdministratorsOnly.require(caller, "read the reports of object sweeps");
        if (first < 1 || first > MOST) {
            throw new InvalidInputException("first", "first must be between 1 and " + MOST + ", not " + first + ".");
        }
        return sweeps.newestFirst(first);
    }
}
