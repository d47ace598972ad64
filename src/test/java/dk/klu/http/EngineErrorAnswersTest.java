package dk.klu.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The engine's answers as people get them (finding 9 and 11 of issue 17): a successful answer is
 * streamed, not held in memory; an engine failure never shows the database's words.
 */
class EngineErrorAnswersTest {

  private final ConcurrentChangeFilter.Filter filter = new ConcurrentChangeFilter.Filter(null);

  @Test
  void aSuccessfulAnswerGoesStraightThrough() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    byte[] large = new byte[ConcurrentChangeFilter.MAX_ERROR_BODY * 4];
    boolean[] committedWhileWriting = {false};
    FilterChain chain =
        (req, res) -> {
          ((HttpServletResponse) res).setStatus(200);
          res.getOutputStream().write(large);
          res.flushBuffer();
          committedWhileWriting[0] = response.isCommitted();
        };
    filter.doFilter(request("POST", "/engine-rest/task"), response, chain);
    assertThat(committedWhileWriting[0])
        .as("flushed to the client while the engine wrote")
        .isTrue();
    assertThat(response.getContentAsByteArray()).hasSize(large.length);
  }

  @Test
  void anEngineFailureShowsNoSqlButAReference() throws Exception {
    FilterChain chain =
        (req, res) -> {
          ((HttpServletResponse) res).setStatus(500);
          res.setContentType("application/json");
          res.getOutputStream()
              .write(
                  ("{\"type\":\"ProcessEngineException\",\"message\":\"### Error querying database."
                          + " ### SQL: select * from ACT_RU_TASK where ID_ = ?\"}")
                      .getBytes(StandardCharsets.UTF_8));
        };
    MockHttpServletResponse response = answered(chain);
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(body).doesNotContain("SQL", "ACT_RU_TASK", "select").contains("fejlreferencen");
  }

  @Test
  void aClientErrorWithTheDatabasesWordsIsHiddenToo() throws Exception {
    FilterChain chain =
        (req, res) -> {
          ((HttpServletResponse) res).setStatus(400);
          res.getWriter().write("{\"message\":\"org.h2.jdbc.JdbcSQLSyntaxErrorException: x\"}");
        };
    MockHttpServletResponse response = answered(chain);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("JdbcSQL");
  }

  @Test
  void anOrdinaryRefusalIsPassedOnAsTheEngineSaidIt() throws Exception {
    String refusal = "{\"type\":\"InvalidRequestException\",\"message\":\"Ugyldig værdi\"}";
    FilterChain chain =
        (req, res) -> {
          ((HttpServletResponse) res).setStatus(400);
          res.getOutputStream().write(refusal.getBytes(StandardCharsets.UTF_8));
        };
    MockHttpServletResponse response = answered(chain);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(refusal);
  }

  /** What the filter answers a GET of the task list, when the engine answers with {@code chain}. */
  private MockHttpServletResponse answered(FilterChain chain) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request("GET", "/engine-rest/task"), response, chain);
    return response;
  }

  private static MockHttpServletRequest request(String method, String path) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setServletPath(path);
    return request;
  }
}
