package mx.ventanilla.calendar.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import mx.ventanilla.calendar.model.Holiday;
import mx.ventanilla.calendar.model.Holidays;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.persistence.MongoErrors;
import org.bson.Document;

/**
 * Holidays in the {@code holidays} collection: {@code {_id: "2026-09-16", date: "2026-09-16", name, origin}}; the id
 * is the ISO date, so there is at most one holiday per day and ISO strings sort and compare as dates.
 */
public final class MongoHolidays implements Holidays {

    public static final String COLLECTION = "holidays";

    private final MongoCollection<Document> holidays;

    public MongoHolidays(MongoDatabase database) {
        this.holidays = database.getCollection(COLLECTION);
    }

    @Override
    public List<Holiday> between(LocalDate from, LocalDate to) {
        return holidays.find(Filters.and(Filters.gte("_id", from.toString()), Filters.lte("_id", to.toString())))
                .sort(Sorts.ascending("_id"))
                .map(MongoHolidays::toHoliday)
                .into(new ArrayList<>());
    }

    @Override
    public void addMissing(List<Holiday> missing) {
        for (Holiday holiday : missing) {
            holidays.updateOne(Filters.eq("_id", holiday.date().toString()),
                    Updates.combine(Updates.setOnInsert("date", holiday.date().toString()),
                            Updates.setOnInsert("name", holiday.name()),
                            Updates.setOnInsert("origin", holiday.origin().name())),
                    new UpdateOptions().upsert(true));
        }
    }

    @Override
    public void add(Holiday holiday) {
        try {
            holidays.insertOne(toDocument(holiday));
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                throw new ConflictException("There is already a holiday on " + holiday.date() + ".");
            }
            throw e;
        }
    }

    @Override
    public Optional<Holiday> findByDate(LocalDate date) {
        return Optional.ofNullable(holidays.find(Filters.eq("_id", date.toString())).first())
                .map(MongoHolidays::toHoliday);
    }

    @Override
    public void remove(LocalDate date) {
        holidays.deleteOne(Filters.eq("_id", date.toString()));
    }

    private static Document toDocument(Holiday holiday) {
        return new Document("_id", holiday.date().toString())
                .append("date", holiday.date().toString())
                .append("name", holiday.name())
                .append("origin", holiday.origin().name());
    }

    private static Holiday toHoliday(Document document) {
        return new Holiday(LocalDate.parse(document.getString("_id")), document.getString("name"),
                Holiday.Origin.valueOf(document.getString("origin")));
    }
}
