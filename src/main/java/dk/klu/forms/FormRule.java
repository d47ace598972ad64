package dk.klu.forms;

import java.util.List;
import java.util.function.Function;

/**
 * A cross-field or domain rule for one form, checked on the server for every submission of that
 * form. Register a rule by making it a Spring bean (e.g. {@code @Component}).
 *
 * <p>Rules run only when the values already passed the schema check ({@link FormValidator}), so a
 * rule may rely on the types the form defines (text as {@code String}, numbers as {@code Number},
 * checkboxes as {@code Boolean}, dynamic lists as {@code List<Map<String,Object>>}). Values may
 * still be absent or null unless the field is required.
 */
public interface FormRule {

  /** The form this rule is for. */
  String formId();

  /** Danish messages for what is wrong; empty when the submission is fine. */
  List<String> validate(FormSubmission submission);

  /** A rule for {@code formId} from a check: how the process layers declare their rules. */
  static FormRule rule(String formId, Function<FormSubmission, List<String>> check) {
    return new FormRule() {
      @Override
      public String formId() {
        return formId;
      }

      @Override
      public List<String> validate(FormSubmission submission) {
        return check.apply(submission);
      }
    };
  }
}
