package dk.klu.security;

import dk.klu.http.JsonErrors;
import dk.klu.http.RequestSizeLimit;
import dk.klu.http.RoutedPath;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Security filters in front of the REST API, the webapps' API and the actuator.
 *
 * <p>Order: authentication of {@code /engine-rest/*} first, then the guards that need to know who
 * is calling.
 */
@Configuration
public class RestSecurityConfiguration {

  static final String REST = "/engine-rest/*";

  /** After the REST authentication, before every other guard and the concurrency answers. */
  public static final int GATE_ORDER = Ordered.HIGHEST_PRECEDENCE + 15;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new OpenEngineEndpointFilter());
    registration.setName("klu-rest-authentication");
    registration.addUrlPatterns(REST, "/api/*");
    registration.setInitParameters(
        Map.of(
            ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
            HttpBasicAuthenticationProvider.class.getName()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  EngineOperations engineOperations() {
    return EngineOperations.load();
  }

  @Bean
  EngineApiAllowlist engineApiAllowlist(EngineOperations operations) {
    return new EngineApiAllowlist(operations);
  }

  /** Caps every request body before anything reads it (413), before authentication too. */
  @Bean
  FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
      @Value("${klu.http.max-request-size:1MB}") DataSize limit) {
    FilterRegistrationBean<RequestSizeLimit> registration =
        new FilterRegistrationBean<>(new RequestSizeLimit(limit));
    registration.setName("klu-request-size-limit");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Default deny for people on both engine APIs, after authentication (docs/adr/0009). */
  @Bean
  FilterRegistrationBean<EngineApiGate> engineApiGate(
      EngineOperations operations,
      EngineApiAllowlist allowlist,
      ProcessEngine engine,
      CamundaBpmProperties camunda) {
    String webapp = camunda.getWebapp().getApplicationPath();
    FilterRegistrationBean<EngineApiGate> registration =
        new FilterRegistrationBean<>(
            new EngineApiGate(
                operations,
                allowlist,
                new Callers(engine.getIdentityService()),
                engine.getName(),
                webapp));
    registration.setName("klu-engine-api-gate");
    registration.addUrlPatterns(REST, webapp + "/api/*");
    registration.setOrder(GATE_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SerializedVariableGuard> serializedVariableGuard() {
    FilterRegistrationBean<SerializedVariableGuard> registration =
        new FilterRegistrationBean<>(new SerializedVariableGuard());
    registration.setName("klu-serialized-variable-guard");
    registration.addUrlPatterns(REST, "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SetupEndpointGuard> setupEndpointGuard(IdentityService identityService) {
    FilterRegistrationBean<SetupEndpointGuard> registration =
        new FilterRegistrationBean<>(new SetupEndpointGuard(identityService));
    registration.setName("klu-setup-endpoint-guard");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<MetricsAuthenticationFilter> metricsAuthenticationFilter(
      IdentityService identityService) {
    FilterRegistrationBean<MetricsAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new MetricsAuthenticationFilter(identityService));
    registration.setName("klu-metrics-authentication");
    registration.addUrlPatterns("/actuator/metrics", "/actuator/metrics/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * Camunda's Basic authentication with three additions.
   *
   * <ul>
   *   <li>{@code GET /engine-rest/engine} stays open (the engine list).
   *   <li>A changing request (anything but GET and HEAD) that a browser sends from another site
   *       ({@code Origin} of another host, or {@code Sec-Fetch-Site: cross-site}) is refused before
   *       authentication: credentials a browser remembers cannot be replayed by another site.
   *   <li>The application's own {@code /api} documents may be read (GET, HEAD) in the webapps'
   *       session, so a link in a Tasklist form opens without a second login; a browser is never
   *       asked for Basic credentials (no {@code WWW-Authenticate: Basic} to a page load), so it
   *       has none to replay.
   * </ul>
   */
  static class OpenEngineEndpointFilter extends ProcessEngineAuthenticationFilter {

    static final String CROSS_SITE =
        "Forespørgsler fra andre websteder afvises. Brug KLU's egne sider.";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      HttpServletResponse answer = (HttpServletResponse) response;
      String path = RoutedPath.of(http);
      boolean reading = "GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod());
      if (!reading && crossSite(http)) {
        answer.setHeader(EngineApiGate.DENIED_HEADER, EngineApiGate.DENIED_BY);
        JsonErrors.write(
            answer, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", CROSS_SITE);
        return;
      }
      if (reading && "/engine-rest/engine".equals(path)) {
        chain.doFilter(request, response);
        return;
      }
      if (reading && path.startsWith("/api/") && http.getHeader("Authorization") == null) {
        Authentication session =
            new Callers(engine().getIdentityService()).caller(http, false, engine().getName());
        if (session != null && session.getUserId() != null) {
          IdentityService identity = engine().getIdentityService();
          identity.setAuthentication(session);
          try {
            chain.doFilter(request, response);
          } finally {
            identity.clearAuthentication();
          }
          return;
        }
      }
      if (!browserPage(http)) {
        super.doFilter(request, response, chain);
        return;
      }
      NoBasicChallenge quiet = new NoBasicChallenge(answer);
      super.doFilter(request, quiet, chain);
      if (quiet.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !answer.isCommitted()) {
        byte[] page = LOGIN_PAGE.getBytes(StandardCharsets.UTF_8);
        answer.setContentType("text/html;charset=UTF-8");
        answer.setContentLength(page.length);
        answer.getOutputStream().write(page);
      }
    }

    private ProcessEngine engine() {
      return getAddressedEngine(ProcessEngineAuthenticationFilter.DEFAULT_ENGINE_NAME);
    }

    /** A browser from another site: its Origin names another host, or it says cross-site. */
    static boolean crossSite(HttpServletRequest request) {
      if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
        return true;
      }
      String origin = request.getHeader("Origin");
      if (origin == null) {
        return false;
      }
      try {
        URI uri = URI.create(origin);
        String host = request.getHeader("Host");
        String own = host == null ? request.getServerName() : host;
        String theirs = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return theirs == null || !theirs.equalsIgnoreCase(own);
      } catch (IllegalArgumentException e) {
        return true; // "null" or garbage: a sandboxed or privacy-preserving page elsewhere
      }
    }

    /** A page the browser loads (a link opened, an address typed), not a script's request. */
    static boolean browserPage(HttpServletRequest request) {
      String mode = request.getHeader("Sec-Fetch-Mode");
      String accept = request.getHeader("Accept");
      return "navigate".equalsIgnoreCase(mode) || (accept != null && accept.contains("text/html"));
    }

    static final String LOGIN_PAGE =
        "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">"
            + "<title>Log ind</title></head><body><main><h1>Log ind først</h1>"
            + "<p>Dokumentet kræver, at du er logget ind i KLU's Tasklist."
            + " <a href=\"/camunda/app/tasklist/\">Log ind i Tasklist</a>, og åbn så linket igen.</p>"
            + "</main></body></html>";
  }

  /** A response that drops the Basic challenge, so the browser shows no login dialog. */
  static final class NoBasicChallenge extends HttpServletResponseWrapper {
    NoBasicChallenge(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
