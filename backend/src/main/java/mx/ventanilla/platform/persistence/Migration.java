package mx.ventanilla.platform.persistence;

import com.mongodb.client.MongoDatabase;

/**
 * One change to the database's shape or contents, applied once per database and recorded in the
 * {@code migrations} collection. Ids are stable forever; order of application is the order of registration.
 */
public interface Migration {

    /** A stable id such as {@code 0001-identity-indexes}. */
    String id();

    /** One line on what it does, recorded with it. */
    String description();

    void apply(MongoDatabase database);
}
