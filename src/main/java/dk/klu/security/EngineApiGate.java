package dk.klu.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.http.CachedBodyRequest;
import dk.klu.http.JsonErrors;
import dk.klu.http.RoutedPath;
import dk.klu.security.EngineOperations.Operation;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one gate in front of the engine: every request to {@code /engine-rest} and to the webapps'
 * API ({@code /camunda/api}) is judged here on the path as the container routes it (decoded, path
 * parameters removed) and its method, after authentication and before anything else looks at it.
 *
 * <ol>
 *   <li>A path not in its one plain spelling ({@code //}, {@code .} or {@code ..} segments, an
 *       encoded slash or backslash) is refused (400): what the gate judges is what the API routes.
 *   <li>Nobody logged in: 401, except the few webapp endpoints of the login page.
 *   <li>Administrators pass; everyone else reaches only the operations {@link EngineApiAllowlist}
 *       gives their groups (403 otherwise, also for an operation the API does not document).
 *   <li>What a person sends is checked before the engine sees it: no expression ({@code ${} or
 *       {@code #{}) anywhere, JSON only, and a task completion or process start carries {@code
 *       variables} and nothing else ({@code FormSubmissionGuard} then checks them against the
 *       form).
 * </ol>
 */
public class EngineApiGate implements Filter {

  static final String DENIED_HEADER = "X-KLU-Denied-By";
  static final String DENIED_BY = "engine-api-gate";

  static final String NOT_PLAIN =
      "Adressen er ikke skrevet på den enkle måde (dobbelte skråstreger, \".\" eller \"..\").";
  static final String LOG_IN = "Log ind for at bruge KLU's opgaver og processer.";
  static final String NOT_ALLOWED = "Din rolle i KLU giver ikke adgang til denne handling (%s).";
  static final String UNKNOWN = "Denne handling findes ikke eller er ikke åben for din rolle.";
  static final String EXPRESSION =
      "Udtryk (\"${...}\" eller \"#{...}\") er ikke tilladt: serveren ville udføre dem.";
  static final String ONLY_JSON =
      "Forespørgslen skal sendes som JSON (Content-Type: application/json).";
  static final String NOT_JSON = "Forespørgslen er ikke gyldig JSON.";
  static final String ONLY_VARIABLES =
      "En opgave afsluttes og en proces startes kun med formularens felter (\"variables\");"
          + " \"%s\" kan ikke sendes med.";
  static final String NO_BUSINESS_KEY =
      "Processen giver selv sagen sin forretningsnøgle; \"businessKey\" kan ikke sættes ved start.";
  static final String METHOD_OVERRIDE =
      "Metode-overskrivning (X-HTTP-Method-Override) er ikke tilladt.";

  /** Task completions and process starts: the operations that carry a person's variables. */
  static final Set<String> SUBMISSIONS =
      Set.of(
          "POST /task/{id}/submit-form",
          "POST /task/{id}/complete",
          "POST /process-definition/{id}/submit-form",
          "POST /process-definition/{id}/start",
          "POST /process-definition/key/{key}/submit-form",
          "POST /process-definition/key/{key}/start");

  private static final Pattern EXPRESSION_START = Pattern.compile("[$#]\\{");
  private static final Set<String> READING = Set.of("GET", "HEAD");
  private static final List<String> OVERRIDE_HEADERS =
      List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGate.class);

  private final EngineOperations operations;
  private final EngineApiAllowlist allowlist;
  private final Callers callers;
  private final String engineName;
  private final String webappApi;

  /**
   * @param webappPath the webapps' path ({@code camunda.bpm.webapp.application-path}, e.g. {@code
   *     /camunda})
   */
  EngineApiGate(
      EngineOperations operations,
      EngineApiAllowlist allowlist,
      Callers callers,
      String engineName,
      String webappPath) {
    this.operations = operations;
    this.allowlist = allowlist;
    this.callers = callers;
    this.engineName = engineName;
    this.webappApi = webappPath + "/api";
  }

  /** What a request addresses. */
  record Target(Kind kind, boolean rest, String engine, String apiPath, String app) {}

  enum Kind {
    /** The engine REST API, on {@code /engine-rest} or the webapps' {@code api/engine}. */
    ENGINE,
    /** A webapp's own API: {@code api/admin}, {@code api/cockpit}, {@code api/tasklist} ... */
    WEBAPP,
    /** Neither. */
    OTHER
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse answer = (HttpServletResponse) response;
    String path = RoutedPath.of(http);
    Optional<List<String>> raw = rawSegments(http, path);
    Target target = target(path, raw.orElse(null));
    if (target.kind() == Kind.OTHER) {
      chain.doFilter(request, response);
      return;
    }
    if (raw.isEmpty()) {
      deny(answer, HttpServletResponse.SC_BAD_REQUEST, NOT_PLAIN);
      return;
    }
    Authentication caller = callers.caller(http, target.rest(), sessionEngine(target));
    if (caller == null || caller.getUserId() == null) {
      if (anonymousMayCall(http.getMethod(), target)) {
        chain.doFilter(request, response);
      } else {
        JsonErrors.write(
            answer, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException", LOG_IN);
      }
      return;
    }
    if (Callers.isAdmin(caller)) {
      chain.doFilter(request, response);
      return;
    }
    if (OVERRIDE_HEADERS.stream().anyMatch(h -> http.getHeader(h) != null)) {
      deny(answer, HttpServletResponse.SC_FORBIDDEN, METHOD_OVERRIDE);
      return;
    }
    Optional<Operation> operation = Optional.empty();
    if (target.kind() == Kind.ENGINE) {
      operation = engineOperation(http.getMethod(), target);
      if (operation.isEmpty()) {
        LOG.info(
            "Refused {} {} for {}: no such operation", http.getMethod(), path, caller.getUserId());
        deny(answer, HttpServletResponse.SC_FORBIDDEN, UNKNOWN);
        return;
      }
      if (!allowlist.allows(caller.getGroupIds(), operation.get())) {
        LOG.info(
            "Refused {} for {} {}",
            operation.get().key(),
            caller.getUserId(),
            caller.getGroupIds());
        deny(
            answer, HttpServletResponse.SC_FORBIDDEN, NOT_ALLOWED.formatted(operation.get().key()));
        return;
      }
    } else if (!webappMayCall(http.getMethod(), target, caller.getGroupIds())) {
      LOG.info("Refused {} {} for {}", http.getMethod(), path, caller.getUserId());
      deny(answer, HttpServletResponse.SC_FORBIDDEN, UNKNOWN);
      return;
    }
    if (hasExpression(http.getParameterMap())) {
      deny(answer, HttpServletResponse.SC_FORBIDDEN, EXPRESSION);
      return;
    }
    if (READING.contains(http.getMethod()) || isLogin(target)) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(http);
    Optional<String> problem = bodyProblem(http, cached.body(), operation);
    if (problem.isPresent()) {
      deny(
          answer,
          EXPRESSION.equals(problem.get())
              ? HttpServletResponse.SC_FORBIDDEN
              : HttpServletResponse.SC_BAD_REQUEST,
          problem.get());
      return;
    }
    chain.doFilter(cached, response);
  }

  /** The engine a webapp session is asked about: the one in the path, or this application's. */
  private String sessionEngine(Target target) {
    return target.engine() != null ? target.engine() : engineName;
  }

  private Optional<Operation> engineOperation(String method, Target target) {
    if (target.engine() != null && !engineName.equals(target.engine())) {
      return Optional.empty();
    }
    return operations.resolve(method, target.apiPath());
  }

  /** The login page: the engines, who is logged in, log in and out, the plugins' scripts. */
  private boolean anonymousMayCall(String method, Target target) {
    if (target.kind() == Kind.ENGINE) {
      // the list of engines, which the login page and REST clients ask for first
      return READING.contains(method)
          && target.engine() == null
          && EngineOperations.segments(target.apiPath()).equals(List.of("engine"));
    }
    return isLogin(target)
        || (READING.contains(method) && (isCurrentUser(target) || isPluginAsset(target)))
        || isSetup(target);
  }

  private boolean webappMayCall(String method, Target target, List<String> groups) {
    if (isLogin(target)
        || (READING.contains(method) && (isCurrentUser(target) || isPluginAsset(target)))) {
      return true;
    }
    if (isSetup(target)) {
      return true; // SetupEndpointGuard refuses it once an administrator exists
    }
    List<String> own = groups == null ? List.of() : groups;
    return switch (target.app()) {
      case "cockpit" ->
          own.contains(KluGroups.PROCESS_OWNER)
              && ("POST".equals(method) || READING.contains(method));
      case "tasklist", "welcome" -> READING.contains(method);
      default -> false;
    };
  }

  private static boolean isLogin(Target target) {
    List<String> s = EngineOperations.segments(target.apiPath());
    return target.kind() == Kind.WEBAPP
        && "admin".equals(target.app())
        && s.size() >= 4
        && s.subList(0, 2).equals(List.of("auth", "user"))
        && (("login".equals(s.get(3)) && s.size() == 5)
            || ("logout".equals(s.get(3)) && s.size() == 4));
  }

  private static boolean isCurrentUser(Target target) {
    List<String> s = EngineOperations.segments(target.apiPath());
    return "admin".equals(target.app())
        && s.size() == 3
        && s.subList(0, 2).equals(List.of("auth", "user"));
  }

  private static boolean isSetup(Target target) {
    List<String> s = EngineOperations.segments(target.apiPath());
    return "admin".equals(target.app()) && !s.isEmpty() && "setup".equals(s.get(0));
  }

  private static boolean isPluginAsset(Target target) {
    List<String> s = EngineOperations.segments(target.apiPath());
    return s.size() >= 4 && "plugin".equals(s.get(0)) && "static".equals(s.get(2));
  }

  /**
   * What the request addresses: the API from its routed path, the operation from the raw segments
   * below the API's root. JAX-RS matches a literal segment only as it was written, so {@code
   * t%61sk} is no {@code task} here either; a parameter's value may be encoded as the client likes.
   */
  Target target(String path, List<String> raw) {
    List<String> routed = EngineOperations.segments(path);
    if (path.equals("/engine-rest") || path.startsWith("/engine-rest/")) {
      List<String> s = below(routed, raw, 1);
      if (s.size() >= 2 && "engine".equals(routed.get(1))) {
        return new Target(Kind.ENGINE, true, routed.get(2), join(s.subList(2, s.size())), null);
      }
      return new Target(Kind.ENGINE, true, null, join(s), null);
    }
    if (path.equals(webappApi) || path.startsWith(webappApi + "/")) {
      int root = EngineOperations.segments(webappApi).size();
      List<String> s = below(routed, raw, root);
      if (s.isEmpty()) {
        return new Target(Kind.WEBAPP, false, null, "/", "");
      }
      String first = routed.get(root);
      if ("engine".equals(first)) {
        // api/engine/engine/{name}/... ; api/engine/engine lists the engines
        if (s.size() >= 3 && "engine".equals(routed.get(root + 1))) {
          return new Target(
              Kind.ENGINE, false, routed.get(root + 2), join(s.subList(3, s.size())), null);
        }
        return new Target(Kind.ENGINE, false, null, join(s.subList(1, s.size())), null);
      }
      return new Target(Kind.WEBAPP, false, null, join(s.subList(1, s.size())), first);
    }
    return new Target(Kind.OTHER, false, null, path, null);
  }

  /** The segments below the API's root: raw when known, else as routed. */
  private static List<String> below(List<String> routed, List<String> raw, int root) {
    List<String> s = raw != null ? raw : routed;
    return s.subList(Math.min(root, s.size()), s.size());
  }

  private static String join(List<String> segments) {
    return "/" + String.join("/", segments);
  }

  /**
   * The raw segments of the path (without the context path and {@code ;parameters}, not decoded),
   * when the container routes exactly these: no empty, {@code .} or {@code ..} segment (a trailing
   * slash is fine), no backslash or encoded slash, as many segments as the routed path has.
   */
  static Optional<List<String>> rawSegments(HttpServletRequest request, String routedPath) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String[] parts = uri.split("/", -1);
    List<String> segments = new java.util.ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String segment = parts[i];
      int parameters = segment.indexOf(';');
      if (parameters >= 0) {
        segment = segment.substring(0, parameters);
      }
      String lower = segment.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("%2f") || lower.contains("%5c") || segment.contains("\\")) {
        return Optional.empty();
      }
      String decoded;
      try {
        decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      boolean last = i == parts.length - 1;
      if (decoded.isEmpty() && last) {
        continue;
      }
      if (decoded.isEmpty() || ".".equals(decoded) || "..".equals(decoded)) {
        return Optional.empty();
      }
      segments.add(segment);
    }
    if (segments.size() != EngineOperations.segments(routedPath).size()) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(segments));
  }

  private Optional<String> bodyProblem(
      HttpServletRequest http, byte[] body, Optional<Operation> operation) {
    boolean submission = operation.isPresent() && SUBMISSIONS.contains(operation.get().key());
    if (body.length == 0) {
      return Optional.empty();
    }
    String type =
        http.getContentType() == null
            ? ""
            : http.getContentType().toLowerCase(java.util.Locale.ROOT);
    if (!type.startsWith("application/json")) {
      return Optional.of(ONLY_JSON);
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return Optional.of(NOT_JSON);
    }
    if (root != null && containsExpression(root)) {
      return Optional.of(EXPRESSION);
    }
    if (submission && root != null && root.isObject()) {
      for (Map.Entry<String, JsonNode> field : root.properties()) {
        if ("variables".equals(field.getKey())) {
          continue;
        }
        if ("businessKey".equals(field.getKey())
            && operation.get().template().startsWith("/process-definition")) {
          if (field.getValue().isNull() || field.getValue().asText().isEmpty()) {
            continue;
          }
          return Optional.of(NO_BUSINESS_KEY);
        }
        return Optional.of(
            ONLY_VARIABLES.formatted(field.getKey().replaceAll("[^\\p{L}\\p{N}_-]", "?")));
      }
    }
    return Optional.empty();
  }

  /** Any text or field name, decoded (so no JSON escape hides one), that starts an expression. */
  static boolean containsExpression(JsonNode node) {
    if (node.isTextual()) {
      return EXPRESSION_START.matcher(node.textValue()).find();
    }
    if (node.isObject()) {
      return node.properties().stream()
          .anyMatch(
              f -> EXPRESSION_START.matcher(f.getKey()).find() || containsExpression(f.getValue()));
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (containsExpression(element)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean hasExpression(Map<String, String[]> parameters) {
    return parameters.entrySet().stream()
        .anyMatch(
            e ->
                EXPRESSION_START.matcher(e.getKey()).find()
                    || Arrays.stream(e.getValue())
                        .anyMatch(v -> EXPRESSION_START.matcher(v).find()));
  }

  private static void deny(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setHeader(DENIED_HEADER, DENIED_BY);
    JsonErrors.write(
        response,
        status,
        status == HttpServletResponse.SC_FORBIDDEN
            ? "AuthorizationException"
            : "InvalidRequestException",
        message);
  }
}
