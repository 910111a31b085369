package mx.ventanilla.correspondence.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import mx.ventanilla.correspondence.model.ArchivalSeries;
import mx.ventanilla.correspondence.model.Catalogues;
import mx.ventanilla.correspondence.model.DocumentType;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.persistence.Migration;
import mx.ventanilla.platform.persistence.MongoErrors;
import org.bson.Document;

/**
 * The catalogues in {@code document_types} ({@code {_id: code, name}}) and {@code archival_series}
 * ({@code {_id: code, name, retentionYears}}), with the defaults a new installation starts from.
 *
 * <p>Entries are only ever added, never changed or removed, so an entry once found by its code is kept in memory and
 * later lookups of that code (every registration checks two) cost no query; a code not found is asked again each
 * time, so an entry another instance adds is seen at once.
 */
public final class MongoCatalogues implements Catalogues {

    public static final String DOCUMENT_TYPES = "document_types";
    public static final String ARCHIVAL_SERIES = "archival_series";

    private static final List<DocumentType> DEFAULT_TYPES = List.of(
            new DocumentType("OFICIO", "Oficio"),
            new DocumentType("MEMORANDUM", "Memorándum"),
            new DocumentType("CIRCULAR", "Circular"),
            new DocumentType("ESCRITO_CIUDADANO", "Escrito ciudadano"),
            new DocumentType("INVITACION", "Invitación"),
            new DocumentType("SOLICITUD", "Solicitud"),
            new DocumentType("OTRO", "Otro"));

    private static final List<ArchivalSeries> DEFAULT_SERIES = List.of(
            new ArchivalSeries("1C.2", "Asuntos jurídicos y contenciosos", 5),
            new ArchivalSeries("2C.5", "Control de gestión y correspondencia", 2),
            new ArchivalSeries("3C.4", "Programación y presupuesto", 6),
            new ArchivalSeries("4C.1", "Expedientes de personal", 10),
            new ArchivalSeries("5C.3", "Adquisiciones de bienes y servicios", 6),
            new ArchivalSeries("6C.2", "Tecnologías de la información", 3),
            new ArchivalSeries("7C.1", "Peticiones y atención ciudadana", 3),
            new ArchivalSeries("8C.4", "Programas de vivienda social", 6));

    private final MongoCollection<Document> types;
    private final MongoCollection<Document> series;
    private final Map<String, DocumentType> knownTypes = new ConcurrentHashMap<>();
    private final Map<String, ArchivalSeries> knownSeries = new ConcurrentHashMap<>();

    public MongoCatalogues(MongoDatabase database) {
        this.types = database.getCollection(DOCUMENT_TYPES);
        this.series = database.getCollection(ARCHIVAL_SERIES);
    }

    /** Seeds the default catalogues once; entries an administrator already has are left as they are. */
    public static Migration defaults() {
        return Migration.of("0100-correspondence-catalogues", "Default document types and archival series",
                database -> {
                    MongoCatalogues catalogues = new MongoCatalogues(database);
                    DEFAULT_TYPES.forEach(type -> catalogues.types.replaceOne(Filters.eq("_id", type.code()),
                            typeDocument(type), new ReplaceOptions().upsert(true)));
                    DEFAULT_SERIES.forEach(entry -> catalogues.series.replaceOne(Filters.eq("_id", entry.code()),
                            seriesDocument(entry), new ReplaceOptions().upsert(true)));
                });
    }

    @Override
    public List<DocumentType> documentTypes() {
        return types.find().sort(Sorts.ascending("_id")).map(MongoCatalogues::toType).into(new ArrayList<>());
    }

    @Override
    public Optional<DocumentType> documentType(String code) {
        return Optional.ofNullable(knownTypes.get(code)).or(() -> Optional.ofNullable(types.find(
                Filters.eq("_id", code)).first()).map(MongoCatalogues::toType).map(found -> remember(knownTypes,
                code, found)));
    }

    @Override
    public void addDocumentType(DocumentType type) {
        insert(types, typeDocument(type), "document type " + type.code());
    }

    @Override
    public List<ArchivalSeries> archivalSeries() {
        return series.find().sort(Sorts.ascending("_id")).map(MongoCatalogues::toSeries).into(new ArrayList<>());
    }

    @Override
    public Optional<ArchivalSeries> archivalSeries(String code) {
        return Optional.ofNullable(knownSeries.get(code)).or(() -> Optional.ofNullable(series.find(
                Filters.eq("_id", code)).first()).map(MongoCatalogues::toSeries).map(found -> remember(knownSeries,
                code, found)));
    }

    private static <T> T remember(Map<String, T> known, String code, T entry) {
        known.put(code, entry);
        return entry;
    }

    @Override
    public void addArchivalSeries(ArchivalSeries entry) {
        insert(series, seriesDocument(entry), "archival series " + entry.code());
    }

    private static void insert(MongoCollection<Document> collection, Document document, String what) {
        try {
            collection.insertOne(document);
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                throw new ConflictException("The " + what + " already exists.");
            }
            throw e;
        }
    }

    private static Document typeDocument(DocumentType type) {
        return new Document("_id", type.code()).append("name", type.name());
    }

    private static Document seriesDocument(ArchivalSeries entry) {
        return new Document("_id", entry.code()).append("name", entry.name())
                .append("retentionYears", entry.retentionYears());
    }

    private static DocumentType toType(Document document) {
        return new DocumentType(document.getString("_id"), document.getString("name"));
    }

    private static ArchivalSeries toSeries(Document document) {
        return new ArchivalSeries(document.getString("_id"), document.getString("name"),
                document.getInteger("retentionYears"));
    }
}
