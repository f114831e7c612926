/**
 * The entry point: {@link neurallab.Main} opens the window when given no arguments and runs a headless
 * command ({@code neurallab.cli}) otherwise; {@link neurallab.AppInfo} carries the name and version from the
 * build. The packages and the way they depend on one another are drawn in docs/architecture.md.
 */
package neurallab;
