package dk.klu.evaluation;

import dk.klu.support.BadInput;
import dk.klu.support.BadInputHarness;
import dk.klu.support.RestClient.Answer;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Reliability, bad input: the annual evaluation of {@link EvaluationFlowTest}, where before each of
 * its forms is first submitted for real, {@link BadInput} sends that form's generated bad
 * submissions over REST as the same person (the secretariat, the chair, the GP chair).
 *
 * <p>Fault injected: every bad submission the form's definition gives rise to (wrong types, invalid
 * options, numbers out of range, malformed dates, oversized text, script, markup, control
 * characters, required values left out, unknown fields, broken bodies, serialized objects).
 * Asserts: 400 with a Danish message naming the field, no klu_ table changed, the task still open
 * with its variables, no process started, no incident; and every form of {@code klu-evaluation} had
 * its bad submissions.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-bad-input-evaluation;DB_CLOSE_DELAY=-1")
class H2BadInputEvaluationFlowTest extends EvaluationFlowTest {

  @RegisterExtension static final BadInputHarness BAD = new BadInputHarness("klu-evaluation");

  @Override
  Answer start(Map<String, Object> values) throws Exception {
    BAD.start("sekretaer", "klu-evaluation", values);
    return super.start(values);
  }

  @Override
  protected void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    BAD.task(user, taskId, values);
    super.complete(user, taskId, values);
  }
}
