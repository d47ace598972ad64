package dk.klu.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Security filters in front of the REST API, the webapps' API and the actuator.
 *
 * <p>Order: authentication of {@code /engine-rest/*} first, then the guards that need to know who
 * is calling.
 */
@Configuration
public class RestSecurityConfiguration {

  static final String REST = "/engine-rest/*";

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
  FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard(
      IdentityService identityService) {
    FilterRegistrationBean<QueryExpressionGuard> registration =
        new FilterRegistrationBean<>(new QueryExpressionGuard(identityService));
    registration.setName("klu-query-expression-guard");
    registration.addUrlPatterns(REST, "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
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
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<MetricsAuthenticationFilter> metricsAuthenticationFilter(
      IdentityService identityService) {
    FilterRegistrationBean<MetricsAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new MetricsAuthenticationFilter(identityService));
    registration.setName("klu-metrics-authentication");
    registration.addUrlPatterns("/actuator/metrics", "/actuator/metrics/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Camunda's Basic authentication, but {@code GET /engine-rest/engine} stays open. */
  static class OpenEngineEndpointFilter extends ProcessEngineAuthenticationFilter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      if ("GET".equals(http.getMethod()) && "/engine-rest/engine".equals(path)) {
        chain.doFilter(request, response);
        return;
      }
      super.doFilter(request, response, chain);
    }
  }
}
