package dk.klu.http;

import jakarta.servlet.http.HttpServletRequest;

/** The path of a request as the servlet container routes it. */
public final class RoutedPath {

  private RoutedPath() {}

  /**
   * The decoded, normalised path without the context path and without {@code ;parameters}: the
   * servlet path and path info the container matched, so every spelling it routes to one resource
   * reads the same here.
   */
  public static String of(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    String path = servletPath + pathInfo;
    return path.isEmpty()
        ? request.getRequestURI().substring(request.getContextPath().length())
        : path;
  }
}
