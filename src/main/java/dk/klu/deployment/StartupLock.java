package dk.klu.deployment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * One node at a time sets up the shared database (docs/adr/0013). Every node of a cluster creates
 * the engine's tables when they are missing, runs Flyway, deploys the models and creates the
 * groups, authorizations, filters and (demo) people it needs, each by "look, then create". Two
 * nodes started at the same moment on an empty database both looked and both created: the second
 * failed on the engine's schema ("duplicate key value violates unique constraint
 * pg_type_typname_nsp_index") and stopped.
 *
 * <p>So on PostgreSQL the first use of the data source takes a session-level advisory lock on a
 * connection of its own and holds it until the application is ready (after the runners that seed
 * the database) or has failed; a node that starts meanwhile waits for it, then finds everything in
 * place. The database releases the lock when a node dies while holding it. Other databases (the
 * embedded H2 file, one node by definition) take no lock.
 */
@Component
public class StartupLock implements BeanPostProcessor, SmartApplicationListener {

  /** The advisory lock's key: "KLU" in ASCII. */
  static final long KEY = 0x4B4C55L;

  static final Duration MAX_WAIT = Duration.ofMinutes(10);
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private boolean attempted;
  private Connection held;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource) {
      acquire(dataSource);
    }
    return bean;
  }

  synchronized void acquire(DataSource dataSource) {
    if (attempted) {
      return;
    }
    attempted = true;
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      long deadline = System.nanoTime() + MAX_WAIT.toNanos();
      boolean logged = false;
      while (!tryLock(connection)) {
        if (!logged) {
          LOG.info("Another node is setting up the database; this node waits for it");
          logged = true;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Another node held the start-up lock of the database for more than "
                  + MAX_WAIT
                  + "; is a node stuck while starting?");
        }
        Thread.sleep(POLL.toMillis());
      }
      held = connection;
      LOG.info("Start-up lock of the database taken");
    } catch (SQLException e) {
      close(connection);
      throw new IllegalStateException("Cannot take the start-up lock of the database", e);
    } catch (InterruptedException e) {
      close(connection);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      s.setLong(1, KEY);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    }
  }

  /** Releases the lock (explicitly: the pooled connection outlives this session's use of it). */
  synchronized void release() {
    if (held == null) {
      return;
    }
    try (PreparedStatement s = held.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      s.setLong(1, KEY);
      s.execute();
      LOG.info("Start-up lock of the database released");
    } catch (SQLException e) {
      LOG.warn("Could not release the start-up lock; closing its connection releases it", e);
    } finally {
      close(held);
      held = null;
    }
  }

  private static void close(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("Closing the start-up lock's connection", e);
    }
  }

  @Override
  public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
    return ApplicationReadyEvent.class.isAssignableFrom(eventType)
        || ApplicationFailedEvent.class.isAssignableFrom(eventType)
        || ContextClosedEvent.class.isAssignableFrom(eventType);
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    release();
  }

  /** After every other listener of the ready event (some of them seed the database too). */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
