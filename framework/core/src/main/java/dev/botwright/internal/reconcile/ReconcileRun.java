package dev.botwright.internal.reconcile;

import dev.botwright.config.ReconcileConfiguration;

/**
 * What one reconciler pass saw and did.
 *
 * @param skipped why the pass did nothing, or {@code null} when it ran
 * @param error why the pass stopped early, or {@code null}
 * @param attempts delivery attempts listed within the look-back
 * @param deliveries distinct deliveries (guids) among them
 * @param succeeded deliveries with a successful attempt
 * @param known deliveries without one that the journal knows
 * @param alreadyRequested deliveries an earlier pass asked GitHub to redeliver
 * @param redelivered redeliveries GitHub accepted in this pass
 * @param failed redeliveries GitHub refused in this pass
 * @param overLimit deliveries left for the next pass by the per-pass bound
 */
record ReconcileRun(
    String skipped,
    String error,
    int attempts,
    int deliveries,
    int succeeded,
    int known,
    int alreadyRequested,
    int redelivered,
    int failed,
    int overLimit) {

  static ReconcileRun skipped(String why) {
    return new ReconcileRun(why, null, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  String summary(ReconcileConfiguration config) {
    String counts =
        attempts
            + " attempts of "
            + deliveries
            + " deliveries in the last "
            + config.getLookBack().toHours()
            + "h; "
            + redelivered
            + " redelivered, "
            + failed
            + " refused by GitHub, "
            + succeeded
            + " succeeded, "
            + known
            + " known to the journal, "
            + alreadyRequested
            + " already requested, "
            + overLimit
            + " left for the next run (max "
            + config.getMaxRedeliveries()
            + " per run)";
    return error == null ? counts : "stopped: " + error + " (" + counts + ")";
  }

  /** The counts while a pass runs. */
  static final class Counter {
    int attempts;
    int deliveries;
    int succeeded;
    int known;
    int alreadyRequested;
    int redelivered;
    int failed;
    int overLimit;

    ReconcileRun run() {
      return failedRun(null);
    }

    ReconcileRun failedRun(String error) {
      return new ReconcileRun(
          null,
          error,
          attempts,
          deliveries,
          succeeded,
          known,
          alreadyRequested,
          redelivered,
          failed,
          overLimit);
    }
  }
}
