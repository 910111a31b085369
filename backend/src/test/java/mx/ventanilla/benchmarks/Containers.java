package mx.ventanilla.benchmarks;

import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.containers.MongoDBContainer;

/** MongoDB 7 (a one-node replica set, so transactions and the query planner are real) and MinIO, in Docker. */
final class Containers implements AutoCloseable {

    private final MongoDBContainer mongo;
    private final MinIOContainer minio;

    private Containers(MongoDBContainer mongo, MinIOContainer minio) {
        this.mongo = mongo;
        this.minio = minio;
    }

    static Containers start() {
        Progress.line("starting MongoDB 7 and MinIO in Docker");
        MongoDBContainer mongo = new MongoDBContainer("mongo:7.0");
        MinIOContainer minio = new MinIOContainer("minio/minio:RELEASE.2023-09-04T19-57-37Z");
        mongo.start();
        minio.start();
        return new Containers(mongo, minio);
    }

    BenchOptions configure(BenchOptions options) {
        return options.withServices(mongo.getReplicaSetUrl(), minio.getS3URL(), minio.getUserName(),
                minio.getPassword());
    }

    @Override
    public void close() {
        minio.stop();
        mongo.stop();
    }
}
