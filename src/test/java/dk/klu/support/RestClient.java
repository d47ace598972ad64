package dk.klu.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for tests that call the application as a given user would. */
public final class RestClient {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;

  public RestClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** An answer: status and body. */
  public record Answer(int status, String body) {}

  public Answer get(String path, String user) {
    return send(request(path, user).GET().build());
  }

  /** A GET with an explicit password (demo passwords otherwise equal the user id). */
  public Answer get(String path, String user, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", basic(user, password))
            .GET()
            .build());
  }

  /** A GET whose body is binary (a PDF); the Content-Type comes back with it. */
  public record Bytes(int status, String contentType, byte[] body) {}

  public Bytes getBytes(String path, String user) {
    try {
      HttpResponse<byte[]> response =
          http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Bytes(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The response headers of a GET (security headers of public pages). */
  public java.net.http.HttpHeaders headers(String path) {
    try {
      return http.send(request(path, null).GET().build(), HttpResponse.BodyHandlers.discarding())
          .headers();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A browser's page load with no login (a link opened, an address typed): the whole response. */
  public HttpResponse<String> pageLoad(String path) {
    try {
      return http.send(
          request(path, null)
              .header("Accept", "text/html")
              .header("Sec-Fetch-Mode", "navigate")
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Answer post(String path, String user, String json) {
    return send(
        request(path, user)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  public Answer put(String path, String user, String json) {
    return send(
        request(path, user)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (user != null) {
      builder.header("Authorization", basic(user, user));
    }
    return builder;
  }

  /** Demo users' passwords equal their ids. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
