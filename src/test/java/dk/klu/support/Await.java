package dk.klu.support;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting, bounded, for what an application in another process does in its own time. */
public final class Await {

  private Await() {}

  /** Polls {@code condition} every half second; fails after {@code timeout}. */
  public static void until(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    until(what, timeout, condition, () -> "");
  }

  /** As {@link #until(String, Duration, BooleanSupplier)}, with {@code state} in the failure. */
  public static void until(
      String what, Duration timeout, BooleanSupplier condition, Supplier<String> state)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(500);
    }
    fail("Waited %s for %s; %s", timeout, what, state.get());
  }
}
