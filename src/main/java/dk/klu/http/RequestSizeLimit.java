package dk.klu.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body before anything reads it, before authentication too: a declared length
 * over the limit is answered 413 at once; a body without a declared length (chunked) is read
 * through a stream that fails once it passes the limit, so nobody can make the server hold more
 * than the limit for one request.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

  static final String TOO_LARGE = "Forespørgslen er for stor: højst %s kan sendes.";

  private final long limit;

  public RequestSizeLimit(DataSize limit) {
    this.limit = limit.toBytes();
  }

  /** Thrown by a capped stream when the body passes the limit. */
  public static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("Request body over " + limit + " bytes");
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      // Tomcat reads away at most server.tomcat.max-swallow-size of the rest, then closes.
      JsonErrors.write(
          response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "PayloadTooLarge", message());
      return;
    }
    try {
      chain.doFilter(new Capped(request, limit), response);
    } catch (TooLarge e) {
      if (!response.isCommitted()) {
        JsonErrors.write(
            response,
            HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
            "PayloadTooLarge",
            message());
      }
    }
  }

  private String message() {
    return TOO_LARGE.formatted(
        limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MB" : limit + " byte");
  }

  /** The request with a body stream that fails past the limit. */
  static final class Capped extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Capped(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CappedStream(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              encoding == null
                  ? StandardCharsets.ISO_8859_1
                  : java.nio.charset.Charset.forName(encoding)));
    }
  }

  private static final class CappedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    CappedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
