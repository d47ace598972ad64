package dk.klu.security;

import dk.klu.web.CachedBodyRequest;
import dk.klu.web.Callers;
import dk.klu.web.JsonErrors;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;

/**
 * Refuses expressions ({@code ${...}} or {@code #{...}}) in task and filter queries for everyone
 * but administrators.
 *
 * <p>An expression in a query is evaluated by the engine: in a stored filter or an ad-hoc query
 * (also nested in {@code orQueries}, which the engine's own check misses) it runs code on the
 * server. The check looks at the raw query string and body, so no nesting hides one. Tasklist's own
 * filters are stored by the application as administrator and keep working.
 */
class QueryExpressionGuard implements Filter {

  /** Task queries, filter definitions and filter executions, on both REST APIs. */
  static final Pattern QUERY_PATH =
      Pattern.compile(
          ".*/(task|task/count|history/task|history/task/count|filter|filter/[^/]+"
              + "|filter/[^/]+/(list|count|singleResult))$");

  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");

  /** The one engine of this application, as the webapps' API names it. */
  static final String ENGINE = "default";

  private final Callers callers;

  QueryExpressionGuard(IdentityService identityService) {
    this.callers = new Callers(identityService);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (!QUERY_PATH.matcher(http.getRequestURI()).matches() || isAdmin(http)) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(http);
    if (containsExpression(cached)) {
      JsonErrors.write(
          (HttpServletResponse) response,
          HttpServletResponse.SC_FORBIDDEN,
          "AuthorizationException",
          "Udtryk (${...} eller #{...}) i forespørgsler er ikke tilladt.");
      return;
    }
    chain.doFilter(cached, response);
  }

  private boolean containsExpression(CachedBodyRequest request) {
    if (EXPRESSION.matcher(new String(request.body(), StandardCharsets.UTF_8)).find()) {
      return true;
    }
    return request.getParameterMap().entrySet().stream()
        .anyMatch(
            e ->
                EXPRESSION.matcher(e.getKey()).find()
                    || Arrays.stream(e.getValue()).anyMatch(v -> EXPRESSION.matcher(v).find()));
  }

  private boolean isAdmin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return Callers.isAdmin(callers.caller(request, path.startsWith("/engine-rest"), ENGINE));
  }
}
