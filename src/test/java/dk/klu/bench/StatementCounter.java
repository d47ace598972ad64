package dk.klu.bench;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the SQL statements and database transactions of the application by wrapping its {@link
 * DataSource} with datasource-proxy (only in the benchmark's contexts, through {@link
 * #initializer()}). Statements: every executed statement, each entry of a JDBC batch counted (the
 * engine flushes its inserts and updates as batches). Transactions: every {@code commit} and {@code
 * rollback} on a connection, plus every statement run in auto-commit mode (its own implicit
 * transaction). Work on a thread inside {@link #quiet()} is not counted: the benchmark's own
 * look-ups.
 */
final class StatementCounter implements QueryExecutionListener, MethodExecutionListener {

  /** A snapshot of the counters; {@link #minus} gives what happened in between. */
  record Counts(
      long statements,
      long selects,
      long inserts,
      long updates,
      long deletes,
      long commits,
      long rollbacks,
      long autoCommitStatements,
      Map<String, Long> writesByTable,
      Map<String, Long> selectsByTable) {

    long transactions() {
      return commits + rollbacks + autoCommitStatements;
    }

    Counts minus(Counts o) {
      return new Counts(
          statements - o.statements,
          selects - o.selects,
          inserts - o.inserts,
          updates - o.updates,
          deletes - o.deletes,
          commits - o.commits,
          rollbacks - o.rollbacks,
          autoCommitStatements - o.autoCommitStatements,
          difference(writesByTable, o.writesByTable),
          difference(selectsByTable, o.selectsByTable));
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
      Map<String, Long> d = new TreeMap<>();
      after.forEach(
          (k, v) -> {
            long n = v - before.getOrDefault(k, 0L);
            if (n != 0) {
              d.put(k, n);
            }
          });
      return d;
    }
  }

  private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong selects = new AtomicLong();
  private final AtomicLong inserts = new AtomicLong();
  private final AtomicLong updates = new AtomicLong();
  private final AtomicLong deletes = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong rollbacks = new AtomicLong();
  private final AtomicLong autoCommit = new AtomicLong();
  private final Map<String, LongAdder> writes = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> reads = new ConcurrentHashMap<>();

  /** "insert act_hi_varinst", "update klu_meeting", … from the statement's first words. */
  private static final Pattern WRITE =
      Pattern.compile("^(insert\\s+into|update|delete\\s+from)\\s+([\\w.\"]+)");

  /** "select act_ru_task", … from the first table a select reads from. */
  private static final Pattern READ = Pattern.compile("\\bfrom\\s+([\\w.\"]+)");

  /** Not counted until closed (on this thread). */
  static AutoCloseable quiet() {
    boolean before = QUIET.get();
    QUIET.set(true);
    return () -> QUIET.set(before);
  }

  Counts snapshot() {
    return new Counts(
        statements.get(),
        selects.get(),
        inserts.get(),
        updates.get(),
        deletes.get(),
        commits.get(),
        rollbacks.get(),
        autoCommit.get(),
        sums(writes),
        sums(reads));
  }

  private static Map<String, Long> sums(Map<String, LongAdder> counters) {
    return counters.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().sum(), (a, b) -> a, TreeMap::new));
  }

  /** Wraps the context's DataSource bean (once) so that this counter sees every statement. */
  ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
    StatementCounter counter = this;
    return context ->
        context
            .getBeanFactory()
            .addBeanPostProcessor(
                new BeanPostProcessor() {
                  @Override
                  public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                      return ProxyDataSourceBuilder.create("bench", ds)
                          .listener(counter)
                          .methodListener(counter)
                          .build();
                    }
                    return bean;
                  }
                });
  }

  @Override
  public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

  @Override
  public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    if (QUIET.get()) {
      return;
    }
    long executed = 0;
    for (QueryInfo query : queryInfoList) {
      long times =
          execInfo.isBatch() && !query.getParametersList().isEmpty()
              ? query.getParametersList().size()
              : 1;
      executed += times;
      String sql = query.getQuery().stripLeading().toLowerCase(Locale.ROOT);
      if (sql.startsWith("select") || sql.startsWith("with")) {
        selects.addAndGet(times);
        Matcher read = READ.matcher(sql);
        String table = read.find() ? read.group(1).replace("\"", "") : "(no table)";
        reads.computeIfAbsent("select " + table, k -> new LongAdder()).add(times);
      } else if (sql.startsWith("insert")) {
        inserts.addAndGet(times);
      } else if (sql.startsWith("update")) {
        updates.addAndGet(times);
      } else if (sql.startsWith("delete")) {
        deletes.addAndGet(times);
      }
      Matcher write = WRITE.matcher(sql);
      if (write.find()) {
        String verb = write.group(1).split("\\s")[0];
        String table = write.group(2).replace("\"", "");
        writes.computeIfAbsent(verb + " " + table, k -> new LongAdder()).add(times);
      }
    }
    statements.addAndGet(executed);
    try {
      Connection connection = execInfo.getStatement().getConnection();
      if (connection.getAutoCommit()) {
        autoCommit.addAndGet(executed);
      }
    } catch (Exception e) {
      // a closed statement: nothing to tell
    }
  }

  @Override
  public void beforeMethod(MethodExecutionContext context) {}

  @Override
  public void afterMethod(MethodExecutionContext context) {
    if (QUIET.get() || !(context.getTarget() instanceof Connection)) {
      return;
    }
    String method = context.getMethod().getName();
    if ("commit".equals(method)) {
      commits.incrementAndGet();
    } else if ("rollback".equals(method) && context.getMethodArgs() == null) {
      rollbacks.incrementAndGet();
    }
  }
}
