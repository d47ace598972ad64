package dk.klu.publication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public pages run no script and load nothing from elsewhere; their Content-Security-Policy
 * says so, which also keeps any markup that slipped into a text from doing anything. No page may be
 * framed, except the embeddable list, by the sites {@link EmbedSites} names.
 */
@Configuration
public class PublicHeadersFilter {

  static final String POLICY = policy("'none'");

  static String policy(String frameAncestors) {
    return "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none';"
        + " form-action 'none'; frame-ancestors "
        + frameAncestors;
  }

  /** Pages made to be shown in a frame on the municipality's own site ({@link EmbedSites}). */
  static final String EMBED = "/public/embed/";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> publicHeaders(EmbedSites embedSites) {
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            response.setHeader(
                "Content-Security-Policy",
                request.getRequestURI().startsWith(EMBED)
                    ? policy(embedSites.frameAncestors())
                    : POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            chain.doFilter(request, response);
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(filter);
    // the public pages, and the documents and previews the application serves under /api
    registration.addUrlPatterns("/public/*", "/api/*");
    registration.setName("publicHeaders");
    return registration;
  }
}
