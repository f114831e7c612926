/**
 * The window's live trainer, with no JavaFX: one trainer thread per window runs a
 * {@link neurallab.session.TrainingRun}, applies what the window sends it between mini-batches, and
 * publishes immutable {@link neurallab.session.live.LiveSnapshot}s into an atomic slot. The window's thread
 * takes the newest snapshot once per frame and never waits on the trainer. How an edit and a snapshot
 * travel between the two threads is drawn in docs/architecture.md.
 */
package neurallab.session.live;
