package dk.klu.security;

import dk.klu.http.CachedBodyRequest;
import dk.klu.http.JsonErrors;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses Java-serialized variables with a 400 before they reach the engine.
 *
 * <p>The engine already refuses the format ({@code javaSerializationFormatEnabled=false}), but
 * answers with a 500; a caller deserves to be told it sent something not allowed.
 */
class SerializedVariableGuard implements Filter {

  static final String JAVA_SERIALIZED = "application/x-java-serialized-object";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if ("GET".equals(http.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(http);
    if (new String(cached.body(), StandardCharsets.UTF_8).contains(JAVA_SERIALIZED)) {
      JsonErrors.write(
          (HttpServletResponse) response,
          HttpServletResponse.SC_BAD_REQUEST,
          "InvalidRequestException",
          "Java-serialiserede variabler er ikke tilladt; brug JSON eller simple værdier.");
      return;
    }
    chain.doFilter(cached, response);
  }
}
