/**
 * The insight views and their window: each view draws a model of {@code neurallab.session.insight} and is
 * refreshed once per frame from the newest snapshot (docs/architecture.md).
 */
package neurallab.ui.insight;
