package dk.klu.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.support.RestClient;
import dk.klu.support.RestClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The running application serves our files for the webapps (configuration, Danish texts, styles) in
 * place of the Camunda webapp jar's, and the jar's own files for the rest. Set up as the security
 * contract is ({@code SecurityContractTest}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "spring.profiles.active=demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:klu-webapps;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DanishWebappsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  RestClient rest;

  @BeforeEach
  void setUp() {
    rest = new RestClient("http://localhost:" + port);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configMakesDanishTheLanguageAndNamesTheCommittee(String app) {
    Answer config = rest.get("/camunda/app/" + app + "/scripts/config.js", null);
    assertThat(config.status()).isEqualTo(200);
    assertThat(config.body())
        .contains("const DANISH = {availableLocales: ['da'], fallbackLocale: 'da'};")
        .contains("? ENGLISH : DANISH")
        .contains("name: 'Kommunalt Lægeligt Udvalg'", "vendor: 'KLU –'")
        .contains("normal: 'DD.MM.YYYY [kl.] HH:mm'", "dateFormat: english ? {} : DANISH_DATES");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void danishTextsAreServed(String app) throws Exception {
    assertThat(rest.get("/camunda/app/" + app + "/locales/da.json", null).status()).isEqualTo(200);
    JsonNode labels = labels(app);
    assertThat(labels.path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Log ind");
    assertThat(labels.path("PAGE_LOGIN_PASSWORD").asText()).isEqualTo("Adgangskode");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theCamunda8BannerIsHidden(String app) {
    Answer styles = rest.get("/camunda/app/" + app + "/styles/user-styles.css", null);
    assertThat(styles.status()).isEqualTo(200);
    assertThat(styles.body().replaceAll("\\s+", " "))
        .contains("[cam-widget-header] .ce-eol-banner { display: none; }");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void whatWeDoNotOverrideStillComesFromTheCamundaJar(String app) {
    Answer english = rest.get("/camunda/app/" + app + "/locales/en.json", null);
    assertThat(english.status()).isEqualTo(200);
    assertThat(english.body()).contains("\"PAGE_LOGIN_SIGN_IN_ACTION\": \"Log in\"");
  }

  @Test
  void theCommitteesWordsForTasksAndIncidents() throws Exception {
    JsonNode tasklist = labels("tasklist");
    assertThat(tasklist.path("COMPLETE").asText()).isEqualTo("Fuldfør");
    assertThat(tasklist.path("FILTERS").asText()).isEqualTo("Filtre");
    assertThat(tasklist.path("CLAIM_TASK").asText()).isEqualTo("Tag opgaven");
    JsonNode cockpit = labels("cockpit");
    assertThat(cockpit.path("DASHBOARD_OPEN_INCIDENTS").asText()).isEqualTo("Åbne hændelser");
    assertThat(cockpit.path("COCKPIT_PROCESSES").asText()).isEqualTo("Processer");
  }

  private JsonNode labels(String app) throws Exception {
    return JSON.readTree(rest.get("/camunda/app/" + app + "/locales/da.json", null).body())
        .path("labels");
  }
}
