package dk.klu.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application's own JSON endpoints answer an error with its Danish reason in the body, in the
 * same shape as the Camunda REST API ({@code {"type", "message", "errors"}}). Spring Boot's default
 * error page leaves the reason out, so a person would only see a status code. The public HTML pages
 * keep their own Danish error page.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiErrors {

  @ExceptionHandler(ResponseStatusException.class)
  public void statusException(ResponseStatusException e, HttpServletResponse response)
      throws IOException {
    String reason = e.getReason() == null ? "Forespørgslen kunne ikke gennemføres." : e.getReason();
    JsonErrors.write(response, e.getStatusCode().value(), type(e.getStatusCode().value()), reason);
  }

  @ExceptionHandler(InvalidInput.class)
  public void invalidInput(InvalidInput e, HttpServletResponse response) throws IOException {
    JsonErrors.write(response, 400, "InvalidRequestException", e.reasons());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public void unreadable(HttpServletResponse response) throws IOException {
    JsonErrors.write(
        response,
        400,
        "InvalidRequestException",
        "Forespørgslen kunne ikke læses: send JSON med de felter og typer, der er beskrevet.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public void badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response)
      throws IOException {
    JsonErrors.write(
        response, 400, "InvalidRequestException", "Ugyldig værdi for " + e.getName() + ".");
  }

  private static String type(int status) {
    return switch (status) {
      case 400 -> "InvalidRequestException";
      case 401 -> "AuthenticationException";
      case 403 -> "AuthorizationException";
      case 404 -> "NotFoundException";
      case 409 -> "ConflictException";
      default -> "RestException";
    };
  }
}
