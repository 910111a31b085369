package mx.ventanilla.identity.model;

/** One-way password hashing; the encoded hash carries its own algorithm, parameters and salt. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String encodedHash);
}
