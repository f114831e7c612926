/**
 * The numbers: dense layers with batch norm and dropout, activations and losses (each with its derivative
 * beside it), initializers, optimizers, learning-rate schedules, L1/L2 penalties, and the network's forward
 * pass, backward pass and evaluation. Imports java.base only, and nothing of the rest of the project.
 *
 * <p>Every parameter's {@code grad} holds dL/dθ of the last mini-batch: the backward pass sets it, the
 * penalties add to it, and an optimizer subtracts a step along it. Each formula, and the PyTorch behaviour
 * it matches, is written out in docs/engine.md.
 */
package neurallab.engine;
