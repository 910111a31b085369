package mx.ventanilla.platform.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;

/** Recognises the server errors that callers handle instead of failing, the same way on every server. */
public final class MongoErrors {

    private static final int DUPLICATE_KEY = 11000;

    private MongoErrors() {
    }

    /** A unique index (including {@code _id}) refused the write. */
    public static boolean isDuplicateKey(Throwable failure) {
        if (failure instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (failure instanceof MongoCommandException command) {
            return command.getErrorCode() == DUPLICATE_KEY;
        }
        return failure instanceof MongoServerException server && server.getCode() == DUPLICATE_KEY;
    }
}
