package dk.klu.support;

import dk.klu.process.contract.Variable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Beans for process unit tests: registers delegates, listeners and collection beans with {@link
 * Mocks} (resolved by {@code MockExpressionManager}) and counts how often each was called. As a
 * JUnit extension ({@code @RegisterExtension final ProcessMocks mocks = new ProcessMocks();}) it
 * forgets them after each test.
 */
public final class ProcessMocks implements org.junit.jupiter.api.extension.AfterEachCallback {

  @Override
  public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
    reset();
  }

  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  /** A service task delegate that only counts its calls. */
  public void delegate(String name) {
    delegate(name, execution -> {});
  }

  /** A service task delegate that counts its calls and then does {@code behaviour}. */
  public void delegate(String name, JavaDelegate behaviour) {
    Mocks.register(
        name,
        (JavaDelegate)
            execution -> {
              count(name);
              behaviour.execute(execution);
            });
  }

  /**
   * A service task delegate that counts its calls and sets the values, as a real one would store
   * them ({@code Variable.entry}: {@code CHAIR_USER.entry("formand")}).
   */
  @SafeVarargs
  public final void delegate(String name, Map.Entry<String, Object>... values) {
    delegate(name, execution -> execution.setVariables(Variable.values(values)));
  }

  /** An execution listener that counts its calls and sets the values (a loading listener). */
  @SafeVarargs
  public final void executionListener(String name, Map.Entry<String, Object>... values) {
    executionListener(name, execution -> execution.setVariables(Variable.values(values)));
  }

  public void executionListener(String name, ExecutionListener behaviour) {
    Mocks.register(
        name,
        (ExecutionListener)
            execution -> {
              count(name);
              behaviour.notify(execution);
            });
  }

  /** A task listener that only counts its calls. */
  public void taskListener(String name) {
    Mocks.register(name, (TaskListener) task -> count(name));
  }

  /** Any other bean an expression refers to (for example a multi-instance collection bean). */
  public void bean(String name, Object bean) {
    Mocks.register(name, bean);
  }

  public int calls(String name) {
    AtomicInteger count = calls.get(name);
    return count == null ? 0 : count.get();
  }

  public void reset() {
    calls.clear();
    Mocks.reset();
  }

  private void count(String name) {
    calls.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
  }

  /** Reads a numeric id variable the way the real delegates do. */
  public static long id(DelegateExecution execution, String variable) {
    return ((Number) execution.getVariable(variable)).longValue();
  }

  /**
   * The multi-instance collection bean of {@code klu-meeting}, {@code meetingCollections} (the
   * methods of {@link dk.klu.meeting.process.MeetingCollections}), with the ids a test wants it to
   * return. Public with public methods, so that the expression language can call them.
   */
  public static class Collections {

    private final long meetingId;
    private List<Long> toTriage = List.of();
    private List<Long> onAgenda = List.of();
    private List<Long> openActions = List.of();

    public Collections(long meetingId) {
      this.meetingId = meetingId;
    }

    public Collections withToTriage(Long... ids) {
      this.toTriage = List.of(ids);
      return this;
    }

    public Collections withOnAgenda(Long... ids) {
      this.onAgenda = List.of(ids);
      return this;
    }

    public Collections withOpenActions(Long... ids) {
      this.openActions = List.of(ids);
      return this;
    }

    public List<Long> itemsToTriage(DelegateExecution execution) {
      return forMeeting(execution, toTriage);
    }

    public List<Long> itemsOnAgenda(DelegateExecution execution) {
      return forMeeting(execution, onAgenda);
    }

    public List<Long> openActions(DelegateExecution execution) {
      return forMeeting(execution, openActions);
    }

    private List<Long> forMeeting(DelegateExecution execution, List<Long> ids) {
      long asked = id(execution, "meetingId");
      if (asked != meetingId) {
        throw new IllegalArgumentException("asked for meeting " + asked + ", not " + meetingId);
      }
      return ids;
    }
  }
}
