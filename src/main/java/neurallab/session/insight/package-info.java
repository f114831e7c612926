/**
 * Insight models: what the views inside the network show (weights, gradient flow, activations, a
 * backpropagation walkthrough, the optimizer race, the learning-rate finder, boundary history, the loss
 * landscape, pinned runs). No JavaFX: each model is plain data plus the arithmetic that fills it, and the
 * views in {@code neurallab.ui.insight} only draw it.
 */
package neurallab.session.insight;
