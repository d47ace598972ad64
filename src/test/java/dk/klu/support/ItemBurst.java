package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.RestClient.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many members sending in items at once, as at an intake deadline: {@code items} start forms of
 * klu-agenda-item from {@link #CLIENTS} client threads, through the nodes in turn, by the two demo
 * GPs. Used by the two-node test and the benchmark's cluster part.
 */
public final class ItemBurst {

  public static final int CLIENTS = 16;

  /**
   * Every answer, the count of each status, and the seconds from the first send to the last answer.
   */
  public record Result(List<Answer> answers, Map<Integer, Integer> statuses, double seconds) {
    public int accepted() {
      return statuses.getOrDefault(200, 0);
    }
  }

  private ItemBurst() {}

  /**
   * Sends the items titled {@code titlePrefix + 1 … items}; once {@code after} of them are
   * answered, runs {@code then} (the test moves the clock past the deadline there) while the rest
   * go on.
   */
  public static Result send(
      List<JarNode> nodes, int items, String titlePrefix, int after, Runnable then)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    CountDownLatch reached = new CountDownLatch(after);
    List<Future<Answer>> futures = new ArrayList<>();
    long begin = System.nanoTime();
    try {
      for (int i = 1; i <= items; i++) {
        JarNode node = nodes.get(i % nodes.size());
        String user = i % 4 < 2 ? "laege" : "laege2";
        String values =
            CycleDriver.body(CycleDriver.itemValues(titlePrefix + i, "KOMMUNIKATION", "DECISION"));
        futures.add(
            pool.submit(
                () -> {
                  try {
                    return node.rest()
                        .post(
                            "/engine-rest/process-definition/key/klu-agenda-item/submit-form",
                            user,
                            values);
                  } finally {
                    reached.countDown();
                  }
                }));
      }
      if (then != null) {
        assertThat(reached.await(3, TimeUnit.MINUTES)).isTrue();
        then.run();
      }
      List<Answer> answers = new ArrayList<>();
      Map<Integer, Integer> statuses = new TreeMap<>();
      for (Future<Answer> future : futures) {
        Answer answer = future.get(3, TimeUnit.MINUTES);
        answers.add(answer);
        statuses.merge(answer.status(), 1, Integer::sum);
      }
      return new Result(answers, statuses, (System.nanoTime() - begin) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }
}
