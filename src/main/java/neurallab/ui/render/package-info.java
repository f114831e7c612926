/**
 * Pure functions for drawing, free of JavaFX so that tests run without the toolkit: colour scales, grid and
 * line rasterizers into reused ARGB buffers, series decimation, number formatting. The views only hand the
 * finished buffers to a {@code PixelWriter} (docs/architecture.md).
 */
package neurallab.ui.render;
