package dk.klu.process.contract;

import java.util.Locale;

/**
 * A form of a contract's model ({@code camunda:formRef}), named by its enum constant: {@code
 * DIALOGUE_PLAN} is the form {@code klu-dialogue-plan}, so the id is spelt once.
 */
public interface FormId {

  String name();

  default String id() {
    return "klu-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
