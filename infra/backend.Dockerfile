# The Ventanilla backend as a container image. Build from the repository root:
#   ./mvnw -B -DskipTests package && docker build -f infra/backend.Dockerfile -t ventanilla-backend .
FROM eclipse-temurin:25-jre
RUN useradd --system --home /var/lib/ventanilla ventanilla && mkdir -p /var/lib/ventanilla \
    && chown ventanilla /var/lib/ventanilla
WORKDIR /opt/ventanilla
COPY backend/target/libs ./libs
COPY backend/target/ventanilla-backend.jar ./ventanilla-backend.jar
USER ventanilla
ENV VENTANILLA_DATA__DIR=/var/lib/ventanilla
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "ventanilla-backend.jar"]
