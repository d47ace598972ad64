package dk.klu.notification;

/** Where a recorded message is on its way to people. */
public enum DeliveryStatus {
  PENDING("Venter på afsendelse"),
  SENDING("Sendes nu"),
  SENT("Sendt"),
  RETRY("Fejlede – prøves igen"),
  FAILED("Fejlede – sendes ikke igen uden videre"),
  NO_RECIPIENTS("Ingen modtagere med mailadresse");

  private final String danish;

  DeliveryStatus(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
