package dk.klu.evaluation;

import java.util.stream.Collectors;

/** The report's key figures as the forms show them: a few lines of Danish text. */
public final class EvaluationSummary {

  private EvaluationSummary() {}

  public static String of(EvaluationReport r) {
    var d = r.deadlines();
    var t = r.durations();
    var f = r.followUps();
    return String.join(
        "\n",
        "Møder: "
            + r.meetings().planned()
            + " planlagt, "
            + r.meetings().held()
            + " afholdt (forretningsordenen: "
            + r.meetings().required()
            + " pr. år)",
        "Punkter på dagsordenerne: "
            + r.items().total()
            + " ("
            + r.items().decision()
            + " til drøftelse/beslutning, "
            + r.items().information()
            + " til orientering)",
        "Punkter indsendt inden fristen: " + d.itemsOnTime() + " af " + d.itemsSubmitted(),
        "Dagsorden udsendt til tiden: " + d.agendasOnTime() + " af " + d.agendasSent(),
        "Referat offentliggjort til tiden: " + d.minutesOnTime() + " af " + d.minutesPublished(),
        "Dage fra indkaldelse til dagsorden: median "
            + days(t.callToAgendaMedian())
            + ", længst "
            + (t.callToAgendaMax() == null ? "–" : t.callToAgendaMax()),
        "Dage fra møde til referat: median "
            + days(t.meetingToMinutesMedian())
            + ", længst "
            + (t.meetingToMinutesMax() == null ? "–" : t.meetingToMinutesMax()),
        "Opfølgningspunkter: "
            + f.total()
            + " i alt, "
            + f.done()
            + " udført ("
            + f.doneLate()
            + " efter fristen), "
            + f.overdue()
            + " med overskredet frist, "
            + f.openNotDue()
            + " åbne inden for fristen",
        "Lokale aftaler: "
            + r.agreements().total()
            + " i alt, "
            + r.agreements().draftedInYear()
            + " udarbejdet i året ("
            + r.agreements().byStatus().stream()
                .filter(c -> c.count() > 0)
                .map(c -> c.label() + ": " + c.count())
                .collect(Collectors.joining(", "))
            + ")");
  }

  /** A number of days in Danish ("12", "12,5"), or a dash when there is none. */
  public static String days(java.math.BigDecimal value) {
    return value == null ? "–" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
