package dk.klu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A person logged in to a Camunda webapp as a browser is: the session cookie and the CSRF token the
 * webapps hand out, sent with every request.
 */
public final class WebappSession {

  private final HttpClient client;
  private final CookieManager cookies;
  private final String base;
  private final int loginStatus;

  private WebappSession(HttpClient client, CookieManager cookies, String base, int loginStatus) {
    this.client = client;
    this.cookies = cookies;
    this.base = base;
    this.loginStatus = loginStatus;
  }

  /** Logs in through the webapps' own login endpoint (form post, CSRF token from a GET). */
  public static WebappSession login(int port, String user, String password, String app) {
    CookieManager cookies = new CookieManager();
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String base = "http://localhost:" + port;
    HttpResponse<String> first =
        send(client, HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/")).GET());
    String token = first.headers().firstValue("X-XSRF-TOKEN").orElse("");
    HttpResponse<String> answer =
        send(
            client,
            HttpRequest.newBuilder(
                    URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + password)));
    // the login starts a new session; its first answer brings the new CSRF token (cookie)
    send(
        client,
        HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).GET());
    return new WebappSession(client, cookies, base, answer.statusCode());
  }

  /** Demo users' passwords equal their ids. */
  public static WebappSession login(int port, String user, String app) {
    return login(port, user, user, app);
  }

  /** The login's status: 200 when the person may use the webapp. */
  public int loginStatus() {
    return loginStatus;
  }

  /** A request in the session, with the CSRF token; body null for none. */
  public HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("X-XSRF-TOKEN", token());
    if (json == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return send(client, builder);
  }

  /** A request with extra headers (e.g. a browser's page load), in the session. */
  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return send(client, builder);
  }

  /**
   * The CSRF token as the webapps' scripts read it: from the {@code XSRF-TOKEN} cookie, which the
   * server renews (the login starts a new session with a new token).
   */
  private String token() {
    String token =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> "XSRF-TOKEN".equals(c.getName()))
            .reduce((first, second) -> second)
            .map(java.net.HttpCookie::getValue)
            .orElse(null);
    if (token == null) {
      HttpResponse<String> page =
          send(client, HttpRequest.newBuilder(URI.create(base + "/camunda/app/welcome/")).GET());
      token = page.headers().firstValue("X-XSRF-TOKEN").orElse("");
    }
    return token;
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
