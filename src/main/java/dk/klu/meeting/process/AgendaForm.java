package dk.klu.meeting.process;

import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.AgendaRow;
import dk.klu.process.JsonVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The agenda list of the review forms. Tasklist submits only the edited fields of each row
 * (include, position, kind, minutes), in the order the form was given: they are merged by index
 * into the rows the form was filled with.
 */
@Component
public class AgendaForm {

  private final AgendaItemService items;

  public AgendaForm(AgendaItemService items) {
    this.items = items;
  }

  /** The rows to fill the form with. */
  public List<AgendaRow> rows(long meetingId) {
    return items.agendaRows(meetingId);
  }

  /** The submitted rows merged into the stored ones; a Danish message if they do not fit. */
  public List<AgendaRow> merge(long meetingId, Object submitted) {
    List<AgendaRow> base = rows(meetingId);
    List<Map<String, Object>> rows = JsonVariables.rows(submitted, base.size());
    if (rows.size() != base.size()) {
      throw new IllegalArgumentException(
          "Dagsordenen skal have "
              + base.size()
              + " punkter, men der blev indsendt "
              + rows.size()
              + ". Genindlæs opgaven.");
    }
    List<AgendaRow> merged = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      AgendaRow b = base.get(i);
      Map<String, Object> r = rows.get(i);
      merged.add(
          new AgendaRow(
              b.itemId(),
              b.title(),
              b.topicLabel(),
              b.sourceLabel(),
              b.standing(),
              r.containsKey("include") ? JsonVariables.flag(r, "include") : b.include(),
              JsonVariables.number(r, "position", b.position()),
              r.get("kind") == null ? b.kind() : r.get("kind").toString(),
              JsonVariables.number(r, "minutes", b.minutes())));
    }
    return merged;
  }

  /** Problems with a submitted agenda, in Danish; empty if it can be stored. */
  public List<String> check(long meetingId, Object submitted) {
    try {
      return items.checkAgenda(meetingId, merge(meetingId, submitted));
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
  }

  public void store(long meetingId, Object submitted) {
    items.saveDraft(meetingId, merge(meetingId, submitted));
  }
}
