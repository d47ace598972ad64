package dk.klu.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.klu.support.OParlChecker;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The checker behind the open-data walk (ConfidentialContentTest walks the whole API with it): it
 * passes a conforming meeting and reports each kind of violation the old open data had.
 */
class OParlSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String MEETING =
      """
      {"id":"https://klu.example.dk/public/oparl/meetings/1",
       "type":"https://schema.oparl.org/1.1/Meeting",
       "name":"KLU-møde","start":"2027-02-11T14:00:00+01:00","end":"2027-02-11T16:00:00+01:00",
       "location":{"id":"https://klu.example.dk/public/oparl/meetings/1/location",
                   "type":"https://schema.oparl.org/1.1/Location","description":"Rådhuset"},
       "invitation":{"id":"https://klu.example.dk/public/oparl/files/3",
                     "type":"https://schema.oparl.org/1.1/File","date":"2027-02-01",
                     "accessUrl":"https://klu.example.dk/public/meetings/1/dagsorden.pdf?version=1",
                     "klu:version":1},
       "agendaItem":[{"id":"https://klu.example.dk/public/oparl/meetings/1/agenda-items/1",
                      "type":"https://schema.oparl.org/1.1/AgendaItem","order":1,
                      "meeting":"https://klu.example.dk/public/oparl/meetings/1",
                      "number":"2.1","name":"Lukket punkt","public":false}]}
      """;

  @Test
  void aConformingMeetingPasses() throws Exception {
    assertThat(OParlChecker.errors("meeting", JSON.readTree(MEETING))).isEmpty();
  }

  @Test
  void eachViolationOfTheOldOpenDataIsReported() throws Exception {
    assertViolation(m -> ((ObjectNode) m.get("agendaItem").get(0)).remove("order"));
    assertViolation(m -> ((ObjectNode) m.get("agendaItem").get(0)).remove("id"));
    assertViolation(m -> ((ObjectNode) m.get("invitation")).remove("id"));
    assertViolation(m -> ((ObjectNode) m.get("location")).remove("id"));
    assertViolation(m -> ((ObjectNode) m).put("start", "2027-02-11T14:00+01:00"));
    assertViolation(m -> ((ObjectNode) m.get("invitation")).put("date", "2027-02-01T10:00:00Z"));
    assertViolation(m -> ((ObjectNode) m.get("invitation")).put("version", 1));
    assertViolation(m -> ((ObjectNode) m.get("invitation")).put("accessUrl", "/public/x.pdf"));
    assertViolation(m -> ((ObjectNode) m).put("type", "https://schema.oparl.org/1.1/Body"));
  }

  private static void assertViolation(Consumer<JsonNode> mutation) throws Exception {
    JsonNode meeting = JSON.readTree(MEETING);
    mutation.accept(meeting);
    assertThat(OParlChecker.errors("meeting", meeting)).as(meeting.toString()).isNotEmpty();
  }
}
