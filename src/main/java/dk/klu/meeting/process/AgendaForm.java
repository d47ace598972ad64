package dk.klu.meeting.process;

import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.AgendaRow;
import dk.klu.process.RowSlots;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The agenda list of the review forms. Tasklist submits only the edited fields of each row
 * (include, position, kind, minutes), in the order the form was given: they are merged by index
 * into the rows the form was filled with.
 */
@Component
public record AgendaForm(AgendaItemService items) {

  /** The rows to fill the form with. */
  public List<AgendaRow> rows(long meetingId) {
    return items.agendaRows(meetingId);
  }

  /** The submitted rows merged into the stored ones; a Danish message if they do not fit. */
  public List<AgendaRow> merge(long meetingId, Object submitted) {
    return RowSlots.merge(
        rows(meetingId),
        submitted,
        (expected, given) ->
            "Dagsordenen skal have "
                + expected
                + " punkter, men der blev indsendt "
                + given
                + ". Genindlæs opgaven.",
        (b, r) ->
            new AgendaRow(
                b.itemId(),
                b.title(),
                b.topicLabel(),
                b.sourceLabel(),
                b.standing(),
                r.values().containsKey("include") ? r.flag("include") : b.include(),
                r.number("position", b.position()),
                r.get("kind") == null ? b.kind() : r.get("kind").toString(),
                r.number("minutes", b.minutes())));
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

  /** The rows of the items sent in that are not on the agenda, for the chairs to put back. */
  public List<Map<String, Object>> offAgendaRows(long meetingId) {
    return items.offAgenda(meetingId).stream()
        .map(
            i -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("itemId", i.id());
              row.put("title", i.title());
              row.put("sourceLabel", items.sourceLabel(i));
              row.put("outcome", items.offAgendaOutcome(i, meetingId));
              row.put("putBack", false);
              return row;
            })
        .toList();
  }

  /**
   * The items a chair ticked to put back on the agenda: the submitted boxes paired by position with
   * the rows the form was filled with; a Danish message if they do not fit.
   */
  public List<Long> putBack(long meetingId, Object submitted) {
    if (submitted == null) {
      return List.of();
    }
    return RowSlots.merge(
            offAgendaRows(meetingId),
            submitted,
            (expected, given) ->
                "Listen over punkter, der ikke er på dagsordenen, har ændret sig ("
                    + expected
                    + " punkter, "
                    + given
                    + " indsendt). Genindlæs opgaven.",
            (row, r) -> r.flag("putBack") ? (Long) row.get("itemId") : null)
        .stream()
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** Problems with the submitted put-back boxes, in Danish; empty if they can be applied. */
  public List<String> checkPutBack(long meetingId, Object submitted) {
    try {
      putBack(meetingId, submitted);
      return List.of();
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
  }
}
