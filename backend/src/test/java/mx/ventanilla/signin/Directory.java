package mx.ventanilla.signin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import mx.ventanilla.identity.infrastructure.Argon2idPasswordHasher;
import mx.ventanilla.identity.infrastructure.MongoOrgUnits;
import mx.ventanilla.identity.infrastructure.MongoUsers;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.UnitKind;
import mx.ventanilla.identity.model.User;

/**
 * Puts units and users into a running backend's database through the identity adapters. Passwords are hashed with
 * a cheap Argon2id cost (the hash carries its parameters, so the server verifies it as cheaply) to keep tests fast.
 */
public final class Directory {

    private final MongoOrgUnits units;
    private final MongoUsers users;
    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(1024, 1, 1);

    public Directory(MongoDatabase database) {
        this.units = new MongoOrgUnits(database);
        this.users = new MongoUsers(database, units);
    }

    public OrgUnit unit(String code) {
        OrgUnit unit = new OrgUnit(UUID.randomUUID().toString(), code, "Unidad " + code, UnitKind.DIRECTION,
                Optional.empty(), List.of(), true);
        units.insert(unit);
        return unit;
    }

    public User user(String username, String password, OrgUnit unit, Role... roles) {
        return user(username, password, unit, true, roles);
    }

    public User user(String username, String password, OrgUnit unit, boolean active, Role... roles) {
        User user = new User(UUID.randomUUID().toString(), username, "Persona " + username,
                username.toLowerCase(Locale.ROOT) + "@example.gob.mx", Set.of(roles), unit.id(), active, 1);
        users.insert(user, Optional.of(hasher.hash(password.toCharArray())));
        return user;
    }

    /** A user who signs in only through the external identity provider. */
    public User externalUser(String username, String email, OrgUnit unit, boolean active, Role... roles) {
        User user = new User(UUID.randomUUID().toString(), username, "Persona " + username, email, Set.of(roles),
                unit.id(), active, 1);
        users.insert(user, Optional.empty());
        return user;
    }
}
