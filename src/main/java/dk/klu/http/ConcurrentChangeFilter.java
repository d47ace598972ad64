package dk.klu.http;

import dk.klu.process.EngineAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's error answers, as people should read them; successful answers stream through
 * untouched and unbuffered.
 *
 * <ul>
 *   <li>A person who completes a task or starts a process at the same moment as someone else never
 *       sees an engine error: the engine's optimistic-locking conflict (its transaction was rolled
 *       back, nothing is stored) answers 409 in Danish, and a task that another request has just
 *       completed answers 404 in Danish (whatever the engine said: 403, 404 or 500).
 *   <li>An engine failure (5xx), or an error that would show the database's words (SQL, the
 *       driver's exception), answers a Danish message with a reference; the details go to the log
 *       under that reference, never to the caller.
 * </ul>
 *
 * <p>Runs after authentication and the {@code EngineApiGate}: a caller who is not logged in gets
 * 401 before anything here looks up a task. Only error answers are held in memory, and only up to
 * {@link #MAX_ERROR_BODY}; the process model avoids the conflicts it can (the chairs' parallel
 * approvals join asynchronously); this is for the rest, such as a double click.
 */
@Configuration
public class ConcurrentChangeFilter {

  static final String CONFLICT =
      "Opgaven blev ændret af en anden på samme tid, så intet er gemt. Genindlæs opgaven og prøv"
          + " igen.";
  static final String GONE = "Opgaven findes ikke længere; den er allerede afsluttet.";
  static final String FAILED =
      "Serveren kunne ikke gennemføre handlingen, og intet er ændret. Prøv igen om lidt; sker det"
          + " igen, så kontakt KLU's administrator og oplys fejlreferencen %s.";

  /** Error bodies above this size pass unread (the engine's own are a few hundred bytes). */
  static final int MAX_ERROR_BODY = 64 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(ConcurrentChangeFilter.class);

  /**
   * The engine's words for a change that lost against a concurrent one: an optimistic-locking
   * failure, or an execution that had already moved on when the task was completed.
   */
  private static final Pattern CONCURRENT =
      Pattern.compile(
          "OptimisticLockingException|ENGINE-03005|updated by another transaction"
              + "|ENGINE-02010|doesn't accept signals");

  /** What only the database or its driver says. */
  private static final Pattern DATABASE_WORDS =
      Pattern.compile(
          "(?i)### SQL|### Error|SQLException|org\\.apache\\.ibatis|PSQLException|JdbcSQL"
              + "|org\\.h2\\.|select .* from |insert into |update .* set |delete from ");

  private static final Pattern TASK_SUBMISSION =
      Pattern.compile(
          "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
              + "/task/([^/]+)/(?:submit-form|complete|resolve)/?");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> concurrentChangeAnswers(EngineAccess engine) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter(engine));
    registration.setName("klu-concurrent-change");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    // After authentication and the gate, outside the form guard, so it sees the engine's answer.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 16);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final EngineAccess engine;

    Filter(EngineAccess engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ErrorBuffer buffered = new ErrorBuffer(response);
      chain.doFilter(request, buffered);
      if (!buffered.holdsError()) {
        buffered.finish();
        return;
      }
      int status = buffered.getStatus();
      String body = new String(buffered.held(), StandardCharsets.UTF_8);
      Matcher task = TASK_SUBMISSION.matcher(RoutedPath.of(request));
      if (task.matches()
          && status != HttpServletResponse.SC_BAD_REQUEST
          && status != HttpServletResponse.SC_UNAUTHORIZED
          && gone(task.group(1))) {
        // Completed by someone else a moment earlier (the engine answers 403, 404 or 500).
        JsonErrors.write(response, HttpServletResponse.SC_NOT_FOUND, "TaskGone", GONE);
        return;
      }
      if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
          && CONCURRENT.matcher(body).find()) {
        LOG.info("Concurrent change refused with 409: {} {}", request.getMethod(), uri(request));
        JsonErrors.write(response, HttpServletResponse.SC_CONFLICT, "ConcurrentChange", CONFLICT);
        return;
      }
      if (status >= 500 || DATABASE_WORDS.matcher(body).find()) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error(
            "Engine error {} answered as reference {}: {} {}: {}",
            status,
            reference,
            request.getMethod(),
            uri(request),
            body);
        JsonErrors.write(
            response,
            status >= 500 ? status : HttpServletResponse.SC_BAD_REQUEST,
            "ServerError",
            FAILED.formatted(reference));
        return;
      }
      buffered.finish();
    }

    private boolean gone(String taskId) {
      String id = java.net.URLDecoder.decode(taskId, StandardCharsets.UTF_8);
      return engine.asApplication(
              () -> engine.engine().getTaskService().createTaskQuery().taskId(id).count())
          == 0;
    }

    private static String uri(HttpServletRequest request) {
      return request.getRequestURI().replaceAll("[\\r\\n]", "");
    }
  }

  /**
   * Holds the body of an error answer (status 400 and above when the first byte is written) so it
   * can be replaced; any other answer goes straight to the client. An error body over {@link
   * #MAX_ERROR_BODY} is let through as it is.
   */
  static final class ErrorBuffer extends HttpServletResponseWrapper {

    private final HttpServletResponse target;
    private ByteArrayOutputStream held;
    private boolean decided;
    private boolean passed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ErrorBuffer(HttpServletResponse response) {
      super(response);
      this.target = response;
    }

    boolean holdsError() {
      if (writer != null) {
        writer.flush();
      }
      decide();
      return !passed;
    }

    byte[] held() {
      return held == null ? new byte[0] : held.toByteArray();
    }

    /** Sends what is held unchanged. */
    void finish() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (held != null && held.size() > 0) {
        target.getOutputStream().write(held.toByteArray());
      }
      held = null;
    }

    private void decide() {
      if (!decided) {
        decided = true;
        passed = getStatus() < 400;
        if (!passed) {
          held = new ByteArrayOutputStream();
        }
      }
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
      decide();
      if (!passed && held.size() + length > MAX_ERROR_BODY) {
        passed = true;
        target.getOutputStream().write(held.toByteArray());
        held = null;
      }
      if (passed) {
        target.getOutputStream().write(bytes, offset, length);
      } else {
        held.write(bytes, offset, length);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) throws IOException {
                ErrorBuffer.this.write(new byte[] {(byte) b}, 0, 1);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                ErrorBuffer.this.write(b, off, len);
              }

              @Override
              public void flush() throws IOException {
                decide();
                if (passed) {
                  target.getOutputStream().flush();
                }
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        writer =
            new PrintWriter(
                new OutputStreamWriter(
                    getOutputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      decide();
      if (passed) {
        target.flushBuffer();
      }
    }

    // The length of an error body that may be replaced is left to whoever writes the final one.
    @Override
    public void setContentLength(int length) {
      if (getStatus() < 400) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (getStatus() < 400) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"Content-Length".equalsIgnoreCase(name) || getStatus() < 400) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"Content-Length".equalsIgnoreCase(name) || getStatus() < 400) {
        super.addHeader(name, value);
      }
    }
  }
}
