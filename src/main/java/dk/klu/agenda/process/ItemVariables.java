package dk.klu.agenda.process;

/** The variables of {@code klu-agenda-item}, named once. Form field keys are these names. */
public final class ItemVariables {

  // start form klu-agenda-item-start
  public static final String TITLE = "itemTitle";

  /** The title shortened for task names ({@link dk.klu.tasklist.TaskNames#subject}). */
  public static final String ITEM_NAME = "item";

  public static final String TOPIC = "itemTopic";
  public static final String DESCRIPTION = "itemDescription";
  public static final String DISCUSSION_POINTS = "itemDiscussionPoints";
  public static final String APPROACH = "itemApproach";
  public static final String JUSTIFICATION = "itemJustification";
  public static final String REQUESTED_KIND = "itemRequestedKind";
  public static final String EXPECTED_MINUTES = "itemExpectedMinutes";

  // set by registration
  public static final String ITEM_ID = "itemId";
  public static final String PLACEMENT = "itemPlacement";
  public static final String MEETING_ID = "meetingId";
  public static final String MEETING_LABEL = "meetingLabel";
  public static final String LATE_DECISION_DUE = "lateDecisionDue";
  public static final String SUBMITTER = "itemSubmitter";

  // late item form klu-late-item
  public static final String LATE_DECISION = "lateDecision";
  public static final String LATE_DECISION_NOTE = "lateDecisionNote";

  /** The late item is confidential ("Lukket punkt"); unticked keeps what it was. */
  public static final String LATE_CONFIDENTIAL = "lateConfidential";

  /**
   * When the secretariat's assessment of an item submitted between intakes is due (set by
   * registration for a queued item).
   */
  public static final String QUEUED_DECISION_DUE = "queuedDecisionDue";

  // item between intakes form klu-queued-item: the triage's own keys, for the same outcomes
  public static final String TRIAGE_OUTCOME = "triageOutcome";
  public static final String TRIAGE_RESOLUTION = "triageResolution";
  public static final String TRIAGE_REFERRAL = "triageReferral";

  /** The item between intakes is kept for the next agenda (triaged at the next call). */
  public static final String NEXT_AGENDA = "NEXT_AGENDA";

  /** Placement outcomes of registration. */
  public static final String PLACEMENT_OPEN = "OPEN";

  public static final String PLACEMENT_LATE = "LATE";
  public static final String PLACEMENT_QUEUED = "QUEUED";

  /** Late decision outcomes. */
  public static final String ADMIT = "ADMIT";

  public static final String NEXT_MEETING = "NEXT_MEETING";

  /**
   * Message that the call for items went out and took the item into its meeting's intake: the
   * assessment between intakes is no longer needed.
   */
  public static final String MESSAGE_ITEM_CALLED = "Message_ItemCalled";

  /** Message that concludes an item's process (solved, rejected or discussed). */
  public static final String MESSAGE_ITEM_CONCLUDED = "Message_ItemConcluded";

  private ItemVariables() {}
}
