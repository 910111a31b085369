package mx.ventanilla.correspondence.model;

import java.util.Collection;
import java.util.Set;

/** Which object keys the records still refer to (port): scan sets of items and attachments of responses. */
public interface ObjectReferences {

    /** Those of {@code keys} that some record refers to. */
    Set<String> referencedAmong(Collection<String> keys);
}
