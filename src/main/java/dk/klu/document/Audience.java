package dk.klu.document;

/** Who a rendering is for: the committee sees every item, the public not confidential ones. */
public enum Audience {
  COMMITTEE,
  PUBLIC
}
