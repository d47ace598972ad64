package dk.klu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.agenda.ItemKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message kind's template, rendered with a model as the process records it: the exact Danish
 * subject and body. A kind recorded in the code without a template, or a template no code records,
 * fails here.
 */
class MailTextsTest {

  private static final MailTexts TEXTS = new MailTexts();
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path KINDS = Path.of("src/main/resources/templates/mail/kinds");
  private static final String MEETING = "KLU-møde 11. marts 2027 kl. 16.00, Rådhuset";
  private static final String COMMITTEE = "Kommunalt Lægeligt Udvalg";

  record Case(String kind, Map<String, Object> model, String subject, String body) {
    @Override
    public String toString() {
      return kind;
    }
  }

  /** An agenda item as the agenda template reads it. */
  public record Item(String title, ItemKind effectiveKind, int agendaMinutes) {}

  static Stream<Case> kinds() {
    return Stream.of(
        new Case(
            "FEES_APPROVAL_REMINDER",
            Map.of("meeting", MEETING, "total", "4.250,00", "doctors", 3),
            "Påmindelse: godkend honorarlisten for " + MEETING,
            "Honorarlisten for "
                + MEETING
                + " venter på godkendelse (opgaven \"Godkend honorarliste\" i Tasklist).\n\n"
                + "Honorarer i alt: 4.250,00 kr. til 3 læge(r)."),
        new Case(
            "FEES_APPROVED",
            Map.of(
                "meeting", MEETING, "total", "4.250,00", "doctors", 3, "approvedBy", "sekretaer"),
            "Honorarlisten er godkendt: " + MEETING,
            "Honorarlisten for "
                + MEETING
                + " er godkendt af sekretaer og kan ikke længere ændres.\n\n"
                + "Honorarer i alt: 4.250,00 kr. til 3 læge(r). Hent listen som CSV-fil til"
                + " kommunens økonomisystem."),
        new Case(
            "FEES_ATTENDANCE_AFTER_APPROVAL",
            Map.of("meeting", MEETING),
            "Fremmødet er ændret efter godkendt honorarliste: " + MEETING,
            "Fremmødet til "
                + MEETING
                + " er registreret igen, efter at honorarlisten blev godkendt. Den godkendte liste er"
                + " låst og ændres ikke; ret en eventuel fejludbetaling direkte i økonomisystemet."),
        new Case(
            "DIALOGUE_ANNOUNCED",
            Map.of("date", "3. maj 2027", "committee", COMMITTEE),
            "Sæt kryds i kalenderen: dialogmøde 3. maj 2027",
            COMMITTEE
                + " inviterer kommunens praktiserende læger og praksispersonale samt centrale"
                + " aktører i kommunen til dialogmøde 3. maj 2027.\n\nPå mødet drøfter vi"
                + " samarbejdet mellem almen praksis og kommunen om de emner, udvalget har aftalt."
                + " Program, tid og sted følger, når sekretariatet har planlagt mødet."),
        new Case(
            "DIALOGUE_PROGRAMME",
            Map.of(
                "date",
                "3. maj 2027",
                "committee",
                COMMITTEE,
                "place",
                "Rådhuset, sal 2",
                "programme",
                "16.00 Velkomst\n16.15 Samarbejdet om hjemmesygepleje"),
            "Program for dialogmødet 3. maj 2027",
            COMMITTEE
                + " holder dialogmøde 3. maj 2027 i Rådhuset, sal 2.\n\nProgram:\n"
                + "16.00 Velkomst\n16.15 Samarbejdet om hjemmesygepleje"),
        new Case(
            "DIALOGUE_PLAN_REMINDER",
            Map.of("date", "3. maj 2027", "due", "5. april 2027"),
            "Påmindelse: planlæg dialogmødet 3. maj 2027",
            "Dialogmødet 3. maj 2027 skal være planlagt (sted og program) senest 5. april 2027."
                + " Opgaven \"Planlæg dialogmødet\" venter i Tasklist."),
        new Case(
            "DIALOGUE_SUMMARY_REMINDER",
            Map.of("date", "3. maj 2027", "due", "17. maj 2027"),
            "Påmindelse: resumé af dialogmødet 3. maj 2027",
            "Resuméet af dialogmødet 3. maj 2027 skal skrives senest 17. maj 2027. Opgaven"
                + " \"Skriv resumé af dialogmødet\" venter i Tasklist."),
        new Case(
            "AGREEMENT_CREATED",
            Map.of("title", "Opfølgning efter udskrivelse"),
            "Aftaleudkast til udarbejdelse: Opfølgning efter udskrivelse",
            "KLU har aftalt et udkast til en aftale: \"Opfølgning efter udskrivelse\".\n\n"
                + "Sekretariatet og praksiskonsulenten udarbejder udkastet i Tasklist"
                + " (\"Udarbejd aftaleudkast\"), hvorefter det sendes ad den rette vej til"
                + " formalisering."),
        new Case(
            "AGREEMENT_SENT",
            Map.of(
                "title", "Opfølgning efter udskrivelse",
                "regionalBody", "Samarbejdsudvalget for almen praksis",
                "committee", COMMITTEE,
                "route", "Lokal aftale",
                "payer", "Kommunen",
                "settlement", true,
                "draft", "Lægen ser patienten inden for 7 dage."),
            "Udkast til aftale fra KLU: Opfølgning efter udskrivelse",
            "Til Samarbejdsudvalget for almen praksis\n\n"
                + COMMITTEE
                + " har udarbejdet vedlagte udkast til aftale og beder om, at det formaliseres som"
                + " lokal aftale.\n\nHonorar: Kommunen (afregnes via regionens afregningssystem"
                + " efter aftale mellem kommunen og regionen).\n\n"
                + "--- Udkast: Opfølgning efter udskrivelse ---\n\n"
                + "Lægen ser patienten inden for 7 dage.\n\n"
                + "Svar venligst KLU-sekretariatet: aftalen formaliseres (med ikrafttrædelsesdato),"
                + " der ønskes ændringer, eller aftalen afvises (med begrundelse)."),
        new Case(
            "AGREEMENT_REMINDER",
            Map.of(
                "title", "Opfølgning efter udskrivelse",
                "sentAt", "2. februar 2027 kl. 09.00",
                "regionalBody", "Samarbejdsudvalget for almen praksis"),
            "Påmindelse: svar på udkast til aftale fra KLU: Opfølgning efter udskrivelse",
            "KLU sendte 2. februar 2027 kl. 09.00 et udkast til aftale, \"Opfølgning efter"
                + " udskrivelse\", til Samarbejdsudvalget for almen praksis og afventer stadig"
                + " svar. Svar venligst KLU-sekretariatet."),
        new Case(
            "AGREEMENT_ANSWER_OVERDUE",
            Map.of(
                "title", "Opfølgning efter udskrivelse",
                "sentAt", "2. februar 2027 kl. 09.00",
                "regionalBody", "Samarbejdsudvalget for almen praksis",
                "reminders", 2),
            "Intet svar på aftaleudkast: Opfølgning efter udskrivelse",
            "Samarbejdsudvalget for almen praksis har ikke svaret på udkastet til aftale"
                + " \"Opfølgning efter udskrivelse\", som blev sendt 2. februar 2027 kl. 09.00"
                + " (2 påmindelser). Sekretariatet bør kontakte udvalget direkte."),
        new Case(
            "AGREEMENT_GP_MAIL",
            Map.of("title", "Opfølgning efter udskrivelse", "text", "Kære læger\n\nNy aftale."),
            "Ny lokal aftale: Opfølgning efter udskrivelse",
            "Kære læger\n\nNy aftale."),
        new Case(
            "AGREEMENT_GP_NEWSLETTER",
            Map.of("title", "Opfølgning efter udskrivelse", "text", "Kære læger\n\nNy aftale."),
            "Til nyhedsbrevet: Ny lokal aftale: Opfølgning efter udskrivelse",
            "Kære læger\n\nNy aftale."),
        new Case(
            "EVALUATION_REMINDER",
            Map.of("year", 2026, "due", "1. marts 2027"),
            "Påmindelse: årsevaluering 2026 skal færdiggøres",
            "Årsevalueringen for 2026 venter på sekretariatets vurdering og anbefalinger"
                + " (\"Færdiggør årsevaluering\" i Tasklist). Fristen er 1. marts 2027."),
        new Case(
            "EVALUATION_OVERDUE",
            Map.of("year", 2026),
            "Årsevaluering 2026 er forsinket",
            "Fristen for at færdiggøre årsevalueringen for 2026 er overskredet. Sekretariatet"
                + " færdiggør den i Tasklist, hvorefter den sendes til formandskabets godkendelse."),
        new Case(
            "EVALUATION_APPROVAL_REMINDER",
            Map.of("year", 2026, "due", "15. marts 2027"),
            "Påmindelse: godkend årsevaluering 2026",
            "Årsevalueringen for 2026 venter på din godkendelse i Tasklist. Fristen er 15. marts"
                + " 2027."),
        new Case(
            "EVALUATION_APPROVAL_OVERDUE",
            Map.of("year", 2026, "approver", "formand"),
            "Godkendelse af årsevaluering 2026 er forsinket",
            "Fristen for at godkende årsevalueringen for 2026 er overskredet (formand)."
                + " Sekretariatet bør kontakte formanden."),
        new Case(
            "EVALUATION_RETURNED",
            Map.of("year", 2026, "note", "Afsnit 3 mangler tal."),
            "Årsevaluering 2026 er sendt tilbage",
            "Formandskabet har sendt årsevalueringen for 2026 tilbage med kommentarer:\n\n"
                + "Afsnit 3 mangler tal."),
        new Case(
            "EVALUATION_SENT",
            Map.of("year", 2026, "committee", COMMITTEE, "file", "KLU-aarsevaluering-2026.pdf"),
            "Årsevaluering 2026 fra " + COMMITTEE,
            "Til Samarbejdsudvalget\n\n"
                + COMMITTEE
                + " sender hermed sin årlige evaluering af samarbejdet for 2026, herunder opfølgning"
                + " og status på implementering af lokale aftaler. Evalueringen er godkendt af"
                + " udvalgets formand og PLO-formand.\n\n"
                + "Evalueringen er vedhæftet som PDF (KLU-aarsevaluering-2026.pdf)."),
        new Case(
            "EVALUATION_ARCHIVED",
            Map.of("year", 2026, "recipient", "su@region.dk", "sentAt", "20. marts 2027 kl. 10.00"),
            "Årsevaluering 2026 er sendt og arkiveret",
            "Årsevalueringen for 2026 blev sendt til Samarbejdsudvalget (su@region.dk) 20. marts"
                + " 2027 kl. 10.00 og er arkiveret."),
        new Case(
            "CALL_FOR_ITEMS",
            Map.of("meeting", MEETING, "deadline", "18. februar 2027 kl. 12.00"),
            "Indkaldelse af punkter til " + MEETING,
            "Der indkaldes punkter til dagsordenen for "
                + MEETING
                + ".\n\nFrist for punkter: 18. februar 2027 kl. 12.00.\nIndsend punktet i Tasklist"
                + " under \"Start proces\" → \"Punkt til KLU's dagsorden\". Beskriv emnet, hvad der"
                + " ønskes drøftet, hvordan og hvorfor det hører hjemme i KLU."),
        new Case(
            "INTAKE_REMINDER",
            Map.of("meeting", MEETING, "deadline", "18. februar 2027 kl. 12.00"),
            "Påmindelse: frist for punkter til " + MEETING,
            "Fristen for punkter til " + MEETING + " er 18. februar 2027 kl. 12.00."),
        new Case(
            "ITEM_MOVED",
            Map.of("title", "Fælles sprog om sårpleje", "meeting", MEETING),
            "Dit punkt \"Fælles sprog om sårpleje\" er flyttet til næste møde",
            "Formandskabet har flyttet dit punkt fra " + MEETING + " til næste møde."),
        new Case(
            "ITEM_PUT_BACK",
            Map.of("title", "Fælles sprog om sårpleje", "meeting", MEETING, "by", "formand"),
            "Dit punkt \"Fælles sprog om sårpleje\" er sat på dagsordenen",
            "formand har sat dit punkt på dagsordenen for "
                + MEETING
                + ". Sekretariatet skriver en sagsfremstilling, og dagsordenen sendes ud før"
                + " mødet."),
        new Case(
            "ITEM_ON_AGENDA",
            Map.of("title", "Fælles sprog om sårpleje", "meeting", MEETING),
            "Dit punkt \"Fælles sprog om sårpleje\" er på dagsordenen",
            "Dit punkt er på dagsordenen for " + MEETING + "."),
        new Case(
            "AGENDA_LATE",
            Map.of("meeting", MEETING, "sendAt", "4. marts 2027 kl. 09.00"),
            "Dagsordenen til " + MEETING + " er forsinket",
            "Dagsordenen skulle være udsendt 4. marts 2027 kl. 09.00, men er endnu ikke godkendt"
                + " og færdig. Den udsendes, så snart den er klar."),
        new Case(
            "AGENDA",
            Map.of(
                "meeting",
                MEETING,
                "items",
                List.of(
                    new Item("Fælles sprog om sårpleje", ItemKind.DECISION, 20),
                    new Item("Status på vagtlægeordningen", ItemKind.INFORMATION, 10),
                    new Item("Opfølgning efter udskrivelse", ItemKind.DECISION, 30))),
            "Dagsorden: " + MEETING,
            "Dagsorden for "
                + MEETING
                + "\n\n1. Godkendelse af dagsorden\n2. Punkter til drøftelse/beslutning\n"
                + "   - Fælles sprog om sårpleje (20 min.)\n"
                + "   - Opfølgning efter udskrivelse (30 min.)\n"
                + "3. Punkter til orientering\n"
                + "   - Status på vagtlægeordningen (10 min.)\n"
                + "4. Eventuelt\n\nDagsordenen med sagsfremstillinger er vedhæftet som PDF, og en"
                + " kalenderinvitation til mødet følger med."),
        new Case(
            "MINUTES_PUBLISHED",
            Map.of("meeting", MEETING),
            "Referat offentliggjort: " + MEETING,
            "Referatet fra " + MEETING + " er godkendt af formandskabet og offentliggjort."),
        new Case(
            "MINUTES_CORRECTED",
            Map.of("meeting", MEETING, "version", 2, "note", "Rettet stavefejl i punkt 3."),
            "Rettet referat: " + MEETING,
            "Referatet fra "
                + MEETING
                + " er rettet (version 2). Den tidligere version kan stadig læses i arkivet.\n\n"
                + "Rettelse: Rettet stavefejl i punkt 3."),
        new Case(
            "ITEM_RECEIVED",
            Map.of("title", "Fælles sprog om sårpleje", "placement", "OPEN", "meeting", MEETING),
            "Punkt modtaget: Fælles sprog om sårpleje",
            "Punktet \"Fælles sprog om sårpleje\" er modtaget. Det er med i indsamlingen til "
                + MEETING
                + "."),
        new Case(
            "ITEM_RECEIVED",
            Map.of("title", "Fælles sprog om sårpleje", "placement", "LATE", "meeting", MEETING),
            "Punkt modtaget: Fælles sprog om sårpleje",
            "Punktet \"Fælles sprog om sårpleje\" er modtaget. Fristen for "
                + MEETING
                + " er overskredet; sekretariatet vurderer, om punktet kan komme med, eller om"
                + " det flyttes til næste møde."),
        new Case(
            "ITEM_RECEIVED",
            Map.of("title", "Fælles sprog om sårpleje", "placement", "QUEUED"),
            "Punkt modtaget: Fælles sprog om sårpleje",
            "Punktet \"Fælles sprog om sårpleje\" er modtaget. Sekretariatet ser på det med det"
                + " samme: det løses eller henvises, hvis det kan, ellers kommer det med, når der"
                + " indkaldes punkter til næste møde."),
        new Case(
            "LATE_ITEM_DECIDED",
            Map.of(
                "title",
                "Fælles sprog om sårpleje",
                "admitted",
                true,
                "meeting",
                MEETING,
                "note",
                "Punktet er kort."),
            "Dit punkt \"Fælles sprog om sårpleje\"",
            "Sekretariatet har optaget dit punkt på dagsordensforslaget til "
                + MEETING
                + ".\n\nPunktet er kort."),
        new Case(
            "LATE_ITEM_DECIDED",
            Map.of("title", "Fælles sprog om sårpleje", "admitted", false, "note", " "),
            "Dit punkt \"Fælles sprog om sårpleje\"",
            "Dit punkt er flyttet til næste møde."),
        new Case(
            "ITEM_TRIAGED",
            Map.of(
                "title", "Fælles sprog om sårpleje",
                "outcome", "Henvist til den ansvarlige enhed eller PLO-Aalborg",
                "note", "Sendt til Sundhedsafdelingen."),
            "Dit punkt \"Fælles sprog om sårpleje\": Henvist til den ansvarlige enhed eller"
                + " PLO-Aalborg",
            "Sekretariatet har visiteret dit punkt \"Fælles sprog om sårpleje\": Henvist til den"
                + " ansvarlige enhed eller PLO-Aalborg.\n\nSendt til Sundhedsafdelingen."),
        new Case(
            "ITEM_TRIAGED",
            Map.of("title", "Fælles sprog om sårpleje", "outcome", "Afvist", "note", ""),
            "Dit punkt \"Fælles sprog om sårpleje\": Afvist",
            "Sekretariatet har visiteret dit punkt \"Fælles sprog om sårpleje\": Afvist."),
        new Case(
            "INFORMATION_OVERDUE",
            Map.of("title", "Fælles sprog om sårpleje"),
            "Svarfristen for dit punkt \"Fælles sprog om sårpleje\" er overskredet",
            "Sekretariatet visiterer nu punktet med de oplysninger, der foreligger."),
        new Case(
            "MEMBER_INTRODUCTION_REMINDER",
            Map.of(
                "name", "Anne Jensen",
                "role", "praktiserende læge",
                "from", "1. januar 2027",
                "firstMeeting", "11. marts 2027"),
            "Påmindelse: introducér Anne Jensen",
            "Anne Jensen (praktiserende læge) er nyt i udvalget fra 1. januar 2027 og er endnu ikke"
                + " introduceret. Første møde: 11. marts 2027. Opgaven \"Introducér nyt medlem\""
                + " ligger i Tasklist under Sekretariatet."),
        new Case(
            "ACTION_REMINDER",
            Map.of("description", "Send materiale til praksis", "due", "1. april 2027"),
            "Påmindelse: opfølgning med frist 1. april 2027",
            "Opfølgningspunktet \"Send materiale til praksis\" har frist 1. april 2027."),
        new Case(
            "ACTION_OVERDUE",
            Map.of(
                "description",
                "Send materiale til praksis",
                "owner",
                "laege",
                "due",
                "1. april 2027"),
            "Overskredet frist: Send materiale til praksis",
            "Opfølgningspunktet \"Send materiale til praksis\" (ansvarlig: laege) havde frist"
                + " 1. april 2027 og er ikke afsluttet."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rendersTheDanishSubjectAndBody(Case c) {
    MailTexts.Text text = TEXTS.text(c.kind(), c.model());

    assertThat(text.subject()).isEqualTo(c.subject());
    assertThat(text.body()).isEqualTo(c.body());
  }

  @Test
  void theAgendaWithoutItemsStillNamesEveryHeading() {
    assertThat(TEXTS.text("AGENDA", Map.of("meeting", MEETING, "items", List.of())).body())
        .startsWith(
            "Dagsorden for "
                + MEETING
                + "\n\n1. Godkendelse af dagsorden\n2. Punkter til drøftelse/beslutning\n"
                + "3. Punkter til orientering\n4. Eventuelt\n\n");
  }

  @Test
  void theDraftWithoutSettlementEndsThePayerThere() {
    assertThat(
            TEXTS
                .text(
                    "AGREEMENT_SENT",
                    Map.of(
                        "title", "T",
                        "regionalBody", "Regionen",
                        "committee", COMMITTEE,
                        "route", "Lokal aftale",
                        "payer", "Regionen",
                        "settlement", false,
                        "draft", "Tekst"))
                .body())
        .contains("\n\nHonorar: Regionen.\n\n--- Udkast: T ---\n\n");
  }

  @Test
  void theGpTextNamesTheAgreementItsStartAndPayerBeforeTheDraft() {
    assertThat(
            TEXTS.render(
                "mail/agreement-gp-text.txt",
                Map.of(
                    "title", "Opfølgning efter udskrivelse",
                    "route", "Lokal aftale",
                    "effective", "1. maj 2027",
                    "payer", "Kommunen",
                    "draft", "Lægen ser patienten inden for 7 dage.")))
        .isEqualTo(
            "Ny lokal aftale: Opfølgning efter udskrivelse\n\nAftalen er formaliseret som lokal"
                + " aftale og gælder fra 1. maj 2027. Honorar: Kommunen.\n\n"
                + "Lægen ser patienten inden for 7 dage.");
  }

  @Test
  void everyKindRecordedInTheCodeHasATemplateAndATestAndEveryTemplateAKind() throws IOException {
    Set<String> recorded = kindsInCode();
    Set<String> templates;
    try (Stream<Path> files = Files.list(KINDS)) {
      templates =
          files
              .map(f -> f.getFileName().toString().replace(".txt", ""))
              .map(name -> name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
              .collect(Collectors.toCollection(TreeSet::new));
    }

    assertThat(recorded).hasSizeGreaterThan(30);
    assertThat(templates).isEqualTo(recorded);
    Set<String> tested = kinds().map(Case::kind).collect(Collectors.toCollection(TreeSet::new));
    assertThat(tested).isEqualTo(recorded);
  }

  /**
   * The kinds: the upper-case string literals in the classes that render messages with {@link
   * MailTexts}; a message built by hand ({@code new Message(}) would escape the templates.
   */
  private static Set<String> kindsInCode() throws IOException {
    Pattern literal = Pattern.compile("\"([A-Z][A-Z_]+)\"");
    Set<String> kinds = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = Files.readString(file);
        if (!file.startsWith(MAIN.resolve("dk/klu/notification"))) {
          assertThat(code)
              .as(file.toString())
              .doesNotContainPattern("new\\s+(?:[\\w.]+\\.)?Message\\(");
        }
        if (!code.contains("MailTexts")) {
          continue;
        }
        Matcher m = literal.matcher(code);
        while (m.find()) {
          kinds.add(m.group(1));
        }
      }
    }
    return kinds;
  }
}
