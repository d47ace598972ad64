package dk.klu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * answers 404 in Danish, instead of a 500.
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
  private static final Pattern OPTIMISTIC_LOCKING =
      Pattern.compile("OptimisticLockingException|ENGINE-03005|updated by another transaction");
  private static final Pattern TASK_GONE =
      Pattern.compile("Cannot find task with id|task is null|No task exists with id");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> concurrentChangeAnswers() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter());
    registration.setName("klu-concurrent-change");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    // Outside the form guard and the authentication, so it sees the engine's own answer.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

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
      if (buffered.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        String body = new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8);
        if (OPTIMISTIC_LOCKING.matcher(body).find()) {
          LOG.info("Concurrent change refused with 409: {} {}", request.getMethod(), uri(request));
          buffered.resetBuffer();
          JsonErrors.write(response, HttpServletResponse.SC_CONFLICT, "ConcurrentChange", CONFLICT);
          return;
        }
        if (TASK_GONE.matcher(body).find()) {
          buffered.resetBuffer();
          JsonErrors.write(response, HttpServletResponse.SC_NOT_FOUND, "TaskGone", GONE);
          return;
        }
      }
      buffered.copyBodyToResponse();
    }

    private static String uri(HttpServletRequest request) {
      return request.getRequestURI().replaceAll("[\\r\\n]", "");
    }
  }
}
