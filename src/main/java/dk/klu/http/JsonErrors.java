package dk.klu.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an error body as the Camunda REST API does ({@code {"type": ..., "message": ...}}), with
 * the single messages in {@code errors}.
 */
public final class JsonErrors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonErrors() {}

  public static void write(
      HttpServletResponse response, int status, String type, List<String> messages)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", String.join(" ", messages));
    body.put("errors", messages);
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** One message. */
  public static void write(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    write(response, status, type, List.of(message));
  }
}
