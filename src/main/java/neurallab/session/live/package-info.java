/**
 * The window's live trainer, with no JavaFX: one trainer thread per window takes whole experiments and
 * commands from a queue ({@link neurallab.session.live.LiveTrainer}, the loop and its pacing), trains them
 * ({@link neurallab.session.live.LiveRun}, around a {@link neurallab.session.TrainingRun}), builds immutable
 * {@link neurallab.session.live.LiveSnapshot}s ({@code SnapshotBuilder}) and publishes them into an atomic
 * slot ({@code SnapshotSlot}). The window's thread takes the newest snapshot once per frame and never waits
 * on the trainer. How an edit and a snapshot travel: docs/architecture.md.
 */
package neurallab.session.live;
