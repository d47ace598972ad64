package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

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

  /** The application it talks to, for messages. */
  @Override
  public String toString() {
    return baseUrl;
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
    HttpResponse<byte[]> response =
        exchange(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Bytes(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  /** The response headers of a GET (security headers of public pages). */
  public java.net.http.HttpHeaders headers(String path) {
    return exchange(request(path, null).GET().build(), HttpResponse.BodyHandlers.discarding())
        .headers();
  }

  /** A browser's page load with no login (a link opened, an address typed): the whole response. */
  public HttpResponse<String> pageLoad(String path) {
    return exchange(
        request(path, null)
            .header("Accept", "text/html")
            .header("Sec-Fetch-Mode", "navigate")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public Answer post(String path, String user, String json) {
    return withJson("POST", path, user, json);
  }

  public Answer put(String path, String user, String json) {
    return withJson("PUT", path, user, json);
  }

  /**
   * What Tasklist does before a person submits a task's form: the person finds the task in their
   * list and loads its form (both asserted).
   */
  public void openTask(String user, String taskId) {
    assertThat(get("/engine-rest/task?maxResults=1&taskId=" + taskId, user).body())
        .as("%s sees the task", user)
        .contains(taskId);
    Answer form = get("/engine-rest/task/" + taskId + "/deployed-form", user);
    assertThat(form.status()).as("%s loads the form: %s", user, form.body()).isEqualTo(200);
  }

  /** A task's form submitted (as Tasklist sends it) by the user. */
  public Answer submitForm(String user, String taskId, String json) {
    return post("/engine-rest/task/" + taskId + "/submit-form", user, json);
  }

  /** A task completed as Tasklist does: the person sees the task and its form, then submits it. */
  public void completeForm(String user, String taskId, String json) {
    openTask(user, taskId);
    Answer answer = submitForm(user, taskId, json);
    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
  }

  private Answer withJson(String method, String path, String user, String json) {
    return send(
        request(path, user)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
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
    HttpResponse<String> response =
        exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
