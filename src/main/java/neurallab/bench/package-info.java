/**
 * The speed and steadiness commands ({@code bench}, {@code steadiness}): how fast this machine trains an
 * experiment, evaluates the decision grid, and how evenly it runs; their figures are in docs/benchmarks.md.
 */
package neurallab.bench;
