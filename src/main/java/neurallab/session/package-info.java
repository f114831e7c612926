/**
 * One experiment and its training, with no JavaFX: the immutable {@link neurallab.session.Experiment}
 * (what the window edits, the files store and the headless command trains), the rules a valid experiment
 * follows, and {@link neurallab.session.TrainingRun}, which loads the data, builds the network and trains it
 * mini-batch by mini-batch with one seeded generator per purpose. Early stopping and the reported figures
 * live here too. Depends on {@code engine} and {@code data} only; the live trainer is in
 * {@code session.live}. Conventions: docs/engine.md; the thread model: docs/architecture.md.
 */
package neurallab.session;
