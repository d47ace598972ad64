# Runs the jar that `mvn package` builds (no build inside the image).
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app klu && mkdir -p /app/data && chown klu /app/data
WORKDIR /app
COPY target/klu-workflow-*.jar /app/klu-workflow.jar
USER klu
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Duser.timezone=Europe/Copenhagen", "-jar", "/app/klu-workflow.jar"]
