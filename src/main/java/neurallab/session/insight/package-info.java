/**
 * Insight models: what the insight views show (weights, gradient flow, activations, a backpropagation
 * walkthrough, the optimizer race, the learning-rate finder, boundary history, the loss landscape, pinned
 * runs). No JavaFX: each model is plain data plus the arithmetic that fills it, running the engine's own
 * layers and optimizers (docs/engine.md), and the views in {@code neurallab.ui.insight} only draw it.
 */
package neurallab.session.insight;
