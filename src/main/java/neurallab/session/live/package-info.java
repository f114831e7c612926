/**
 * The window's live trainer, with no JavaFX: one trainer thread per window runs a
 * {@link neurallab.session.TrainingRun}, takes commands from a queue and publishes immutable
 * {@link neurallab.session.live.LiveSnapshot}s into an atomic slot. The window's thread takes the
 * newest snapshot once per frame and never waits on the trainer.
 */
package neurallab.session.live;
