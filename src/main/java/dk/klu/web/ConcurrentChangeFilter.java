package dk.klu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A person who completes a task or starts a process at the same moment as someone else never sees
 * an engine error: the engine's optimistic-locking conflict (its transaction was rolled back,
 * nothing is stored) answers 409 in Danish, and a task that another request has just completed
 * answers 404 in Danish (whatever the engine said: 403, 404 or 500), instead of an engine error.
 *
 * <p>Only changing requests (POST, PUT, DELETE) on both REST APIs are buffered; everything else
 * passes untouched. The process model avoids the conflicts it can (the chairs' parallel approvals
 * join asynchronously); this is for the rest, such as a double click.
 */
@Configuration
public class ConcurrentChangeFilter {

  static final String CONFLICT =
      "Opgaven blev ændret af en anden på samme tid, så intet er gemt. Genindlæs opgaven og prøv"
          + " igen.";
  static final String GONE = "Opgaven findes ikke længere; den er allerede afsluttet.";

  private static final Logger LOG = LoggerFactory.getLogger(ConcurrentChangeFilter.class);

  /**
   * The engine's words for a change that lost against a concurrent one: an optimistic-locking
   * failure, or an execution that had already moved on when the task was completed.
   */
  private static final Pattern CONCURRENT =
      Pattern.compile(
          "OptimisticLockingException|ENGINE-03005|updated by another transaction"
              + "|ENGINE-02010|doesn't accept signals");

  private static final Pattern TASK_SUBMISSION =
      Pattern.compile(
          "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
              + "/task/([^/]+)/(?:submit-form|complete|resolve)/?");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> concurrentChangeAnswers(EngineAccess engine) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter(engine));
    registration.setName("klu-concurrent-change");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    // Outside the form guard and the authentication, so it sees the engine's own answer.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final EngineAccess engine;

    Filter(EngineAccess engine) {
      this.engine = engine;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String method = request.getMethod();
      return !("POST".equals(method) || "PUT".equals(method) || "DELETE".equals(method));
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, buffered);
      int status = buffered.getStatus();
      if (status >= 400) {
        Matcher task = TASK_SUBMISSION.matcher(request.getRequestURI());
        if (task.matches() && status != HttpServletResponse.SC_BAD_REQUEST && gone(task.group(1))) {
          // Completed by someone else a moment earlier (the engine answers 403, 404 or 500).
          buffered.resetBuffer();
          JsonErrors.write(response, HttpServletResponse.SC_NOT_FOUND, "TaskGone", GONE);
          return;
        }
        String body = new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8);
        if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
            && CONCURRENT.matcher(body).find()) {
          LOG.info("Concurrent change refused with 409: {} {}", request.getMethod(), uri(request));
          buffered.resetBuffer();
          JsonErrors.write(response, HttpServletResponse.SC_CONFLICT, "ConcurrentChange", CONFLICT);
          return;
        }
      }
      buffered.copyBodyToResponse();
    }

    private boolean gone(String taskId) {
      String id = java.net.URLDecoder.decode(taskId, StandardCharsets.UTF_8);
      return engine.asApplication(
              () -> engine.engine().getTaskService().createTaskQuery().taskId(id).count())
          == 0;
    }

    private static String uri(HttpServletRequest request) {
      return request.getRequestURI().replaceAll("[\\r\\n]", "");
    }
  }
}
