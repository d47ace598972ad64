package dk.klu.forms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request path the guard cares about, on {@code /engine-rest} (also {@code
 * /engine-rest/engine/{name}}) or {@code /camunda/api/engine/engine/{name}}.
 *
 * @param kind what the path addresses
 * @param rest true for {@code /engine-rest}, false for the webapps' API
 * @param engineName the process engine named in the path ({@code default} when none)
 * @param id the task id, process definition id or process definition key
 * @param tenantId the tenant of a start by key, or null
 */
record Endpoint(Kind kind, boolean rest, String engineName, String id, String tenantId) {

  /** What a path addresses. */
  enum Kind {
    /** {@code task/{id}/submit-form}, {@code complete} or {@code resolve}. */
    TASK_SUBMISSION,
    /** {@code process-definition/{id}/start} or {@code submit-form}. */
    START_BY_ID,
    /** {@code process-definition/key/{key}[/tenant-id/{tid}]/start} or {@code submit-form}. */
    START_BY_KEY
  }

  static final String DEFAULT_ENGINE = "default";

  private static final String PREFIX =
      "(?:/engine-rest(?:/engine/([^/]+))?|/camunda/api/engine/engine/([^/]+))";
  private static final Pattern TASK =
      Pattern.compile(PREFIX + "/task/([^/]+)/(?:submit-form|complete|resolve)/?");
  private static final Pattern START_ID =
      Pattern.compile(PREFIX + "/process-definition/([^/]+)/(?:start|submit-form)/?");
  private static final Pattern START_KEY =
      Pattern.compile(
          PREFIX
              + "/process-definition/key/([^/]+)(?:/tenant-id/([^/]+))?/(?:start|submit-form)/?");

  /** The endpoint a path (without context path) addresses, if it is one the guard checks. */
  static Optional<Endpoint> of(String path) {
    Matcher m;
    if ((m = START_KEY.matcher(path)).matches()) {
      return Optional.of(endpoint(Kind.START_BY_KEY, path, m, m.group(3), m.group(4)));
    }
    if ((m = TASK.matcher(path)).matches()) {
      return Optional.of(endpoint(Kind.TASK_SUBMISSION, path, m, m.group(3), null));
    }
    if ((m = START_ID.matcher(path)).matches()) {
      return Optional.of(endpoint(Kind.START_BY_ID, path, m, m.group(3), null));
    }
    return Optional.empty();
  }

  private static Endpoint endpoint(Kind kind, String path, Matcher m, String id, String tenant) {
    String engine = m.group(1) != null ? m.group(1) : m.group(2);
    return new Endpoint(
        kind,
        path.startsWith("/engine-rest"),
        engine != null ? engine : DEFAULT_ENGINE,
        id,
        tenant);
  }
}
