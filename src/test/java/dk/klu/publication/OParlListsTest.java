package dk.klu.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.demo.DemoRoster;
import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.OParlChecker;
import dk.klu.support.RestClient.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Open data's people come from the roster without private data, and every external list takes OParl
 * 1.1's filters and keeps them in its page links.
 */
@TestPropertySource(
    properties = {
      "klu.public-url=https://klu.example.dk",
      "spring.datasource.url=jdbc:h2:mem:klu-oparl-lists;DB_CLOSE_DELAY=-1"
    })
class OParlListsTest extends ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String ROOT = "/public/oparl";

  @Test
  void peopleAndMembershipsComeFromTheRosterWithoutPrivateData() throws Exception {
    JsonNode people = get(ROOT + "/people?limit=100");
    assertThat(people.get("pagination").get("totalElements").asInt())
        .isEqualTo(DemoRoster.TERMS.size());
    List<String> names = new ArrayList<>();
    people.get("data").forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).contains("Pernille PLO-formand", "Dorte Damgaard", "Jette Jakobsen");
    assertThat(people.toString())
        .as("no e-mail address, no login")
        .doesNotContain("@klu.example")
        .doesNotContain("\"userId\"")
        .doesNotContain("plo-formand\"");
    JsonNode dorte = person(people, "Dorte Damgaard");
    JsonNode membership = dorte.get("membership").get(0);
    assertThat(membership.get("role").asText()).isEqualTo("Kommunal repræsentant");
    assertThat(membership.get("startDate").asText()).isEqualTo("2026-01-01");
    assertThat(membership.get("klu:appointedBy").asText())
        .isEqualTo("Ældre- og Handicapforvaltningen");
    assertThat(membership.get("klu:contactPerson").asBoolean()).isTrue();
    // every object resolves at its id, and the whole API still conforms to the schemas
    assertThat(get(path(dorte.get("id").asText())).get("name").asText())
        .isEqualTo("Dorte Damgaard");
    assertThat(get(path(membership.get("id").asText())).get("person").asText())
        .isEqualTo(dorte.get("id").asText());
    assertThat(get(ROOT + "/organization").get("membership")).hasSize(DemoRoster.TERMS.size());
    assertThat(OParlChecker.walk(rest, "https://klu.example.dk", ROOT).violations()).isEmpty();
    assertThat(rest.get(ROOT + "/people/999999", null).status()).isEqualTo(404);
    // omit_internal leaves the memberships out of the list
    assertThat(
            person(get(ROOT + "/people?limit=100&omit_internal=true"), "Dorte Damgaard")
                .has("membership"))
        .isFalse();
  }

  @Test
  void everyListTakesTheFiltersAndKeepsThemInItsLinks() throws Exception {
    CycleDriver cycle = new CycleDriver(rest, engine);
    cycle.clock("2027-01-04T10:00:00+01:00");
    cycle.startMeeting("2027-03-11T14:00");
    cycle.clock("2027-01-05T10:00:00+01:00");
    cycle.startMeeting("2027-06-10T14:00");

    assertThat(total(ROOT + "/meetings")).isEqualTo(2);
    assertThat(total(ROOT + "/meetings?created_since=" + at("2027-01-05T00:00:00+01:00")))
        .isEqualTo(1);
    assertThat(total(ROOT + "/meetings?created_until=" + at("2027-01-04T10:00:00+01:00")))
        .as("inclusive")
        .isEqualTo(1);
    assertThat(total(ROOT + "/meetings?modified_since=" + at("2027-02-01T00:00:00+01:00")))
        .isZero();
    // the people were entered before the clock was set to 2027
    assertThat(total(ROOT + "/people?modified_until=" + at("2000-01-01T00:00:00Z"))).isZero();
    assertThat(total(ROOT + "/people?created_since=" + at("2000-01-01T00:00:00Z")))
        .isEqualTo(DemoRoster.TERMS.size());
    for (String list : List.of("/bodies", "/organizations", "/papers")) {
      assertThat(
              rest.get(ROOT + list + "?modified_since=" + at("2000-01-01T00:00:00Z"), null)
                  .status())
          .as(list)
          .isEqualTo(200);
    }

    // a smaller page on request; the links keep the filter and the limit
    String since = at("2000-01-01T00:00:00Z");
    JsonNode first = get(ROOT + "/people?created_since=" + since + "&limit=5");
    assertThat(first.get("data")).hasSize(5);
    String next = first.get("links").get("next").asText();
    assertThat(next)
        .startsWith("https://klu.example.dk" + ROOT + "/people?")
        .contains("created_since=" + since)
        .contains("limit=5")
        .contains("page=2");
    assertThat(get(path(next)).get("pagination").get("currentPage").asInt()).isEqualTo(2);

    // what cannot be read is refused with the reason in Danish
    Answer wrong = rest.get(ROOT + "/meetings?modified_since=i%20g%C3%A5r", null);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("modified_since skal være et tidspunkt");
    assertThat(rest.get(ROOT + "/meetings?limit=0", null).status()).isEqualTo(400);
    assertThat(rest.get(ROOT + "/meetings?page=9", null).status()).isEqualTo(404);
  }

  JsonNode get(String path) throws Exception {
    Answer answer = rest.get(path, null);
    assertThat(answer.status()).as(path).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  int total(String path) throws Exception {
    return get(path).get("pagination").get("totalElements").asInt();
  }

  static JsonNode person(JsonNode list, String name) {
    for (JsonNode p : list.get("data")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no " + name + " in " + list);
  }

  static String path(String url) {
    return url.substring("https://klu.example.dk".length());
  }

  static String at(String time) {
    return URLEncoder.encode(time, StandardCharsets.UTF_8);
  }
}
