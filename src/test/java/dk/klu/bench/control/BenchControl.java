package dk.klu.bench.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.support.Backstage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's back door into an application started as its own process (the packaged KLU jar or
 * the bare starter application): move the engine's clock, run due jobs, look at open tasks, deploy
 * a model. Never in a jar: the footprint benchmark puts this class on the launcher's {@code
 * loader.path} and names it in {@code spring.main.sources}. Deliberately not annotated, so no
 * component scan of a test finds it. Listens on 127.0.0.1 only (the benchmark starts the
 * applications with {@code server.address=127.0.0.1}).
 */
public class BenchControl {

  @Bean
  public ServletRegistrationBean<HttpServlet> benchControlServlet(
      ObjectProvider<ProcessEngine> engine) {
    // The engine is looked up at the first request: asking for it while the web server starts
    // would create it before the transaction manager exists.
    return new ServletRegistrationBean<>(new Servlet(engine), "/bench/*");
  }

  static final class Servlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final transient ObjectProvider<ProcessEngine> engines;
    private transient ProcessEngine engine;
    private transient Backstage backstage;

    Servlet(ObjectProvider<ProcessEngine> engines) {
      this.engines = engines;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (engine == null) {
        engine = engines.getObject();
        backstage = new Backstage.InProcess(engine);
      }
      String path = request.getPathInfo() == null ? "" : request.getPathInfo();
      Object answer =
          switch (path) {
            case "/clock" -> {
              if (request.getParameter("at") != null) {
                ClockUtil.setCurrentTime(new Date(Long.parseLong(request.getParameter("at"))));
              }
              yield ClockUtil.getCurrentTime().getTime();
            }
            case "/due" -> {
              backstage.runDueJobs();
              yield ClockUtil.getCurrentTime().getTime();
            }
            case "/advance" ->
                Map.of(
                    "advanced",
                    backstage.advanceToNextTimer(),
                    "now",
                    ClockUtil.getCurrentTime().getTime());
            case "/tasks" -> backstage.openTasks();
            case "/rows" ->
                backstage.rows(request.getParameter("task"), request.getParameter("var"));
            case "/ended" -> backstage.ended(request.getParameter("pi"));
            case "/incidents" -> backstage.incidents();
            case "/deploy" -> {
              byte[] model = request.getInputStream().readAllBytes();
              String name = request.getParameter("name");
              yield engine
                  .getRepositoryService()
                  .createDeployment()
                  .name(name)
                  .addInputStream(name + ".bpmn", new ByteArrayInputStream(model))
                  .deploy()
                  .getId();
            }
            default -> null;
          };
      if (answer == null) {
        response.sendError(404);
        return;
      }
      response.setContentType("application/json");
      response.getOutputStream().write(JSON.writeValueAsBytes(answer));
    }
  }
}
