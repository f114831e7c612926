/**
 * What a user takes away from NeuralLab: the experiment as a PyTorch script ({@link
 * neurallab.io.export.PyTorchExport}), the loss history and a confusion matrix as CSV, the trained
 * weights as JSON. Every file is written atomically. See docs/exports.md.
 */
package neurallab.io.export;
