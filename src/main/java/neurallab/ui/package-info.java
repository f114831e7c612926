/**
 * The JavaFX application: {@link neurallab.ui.NeuralLabApp} starts it, {@link neurallab.ui.PlaygroundWindow}
 * assembles the views and, once per frame on the FX thread, hands them the trainer's newest snapshot. The
 * only package that may use JavaFX. Subpackages: {@code viewmodel} (state and commands), {@code view}
 * (controls and canvases), {@code render} (pure pixel and number formatting), {@code insight} (the insight
 * views). Threads and the path of an edit: docs/architecture.md.
 */
package neurallab.ui;
