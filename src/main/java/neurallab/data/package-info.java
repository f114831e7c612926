/**
 * Datasets, 2-D generators, input features, splits, CSV and the bundled real data. Imports
 * java.base only. How data is drawn, split and seeded: docs/engine.md and docs/file-format.md.
 *
 * <p>Entry points: {@link neurallab.data.DataLoader#load} (a {@link neurallab.data.DataSource} in, raw
 * {@link neurallab.data.Splits} out), then {@link neurallab.data.Features#apply}. For validators and the
 * window: {@link neurallab.data.SourceValidator#problems}, {@link neurallab.data.Generators#infos},
 * {@link neurallab.data.Builtins#names}, {@link neurallab.data.CsvImport}, {@link neurallab.data.CsvExport}
 * and the paintable {@link neurallab.data.PointSet}.
 *
 * <p>Conventions:
 * <ul>
 * <li>Class labels are indices 0…K−1. The TensorFlow Playground's −1 ("orange") class is class 0 and its
 * +1 ("blue") class is class 1; generated classes are named "0", "1", ….</li>
 * <li>Generated points lie in [−6, 6]². Noise 0 gives the clean shape with exactly balanced classes; noise
 * follows each shape's source (the Playground's label noise, scikit-learn's moons jitter).</li>
 * <li>Randomness: {@code SplittableRandom(seed)} split once for the points and once for the split
 * shuffle; trigonometry through {@code StrictMath}; so a seed gives the same data on every machine.</li>
 * <li>A CSV file with a {@code split} column (as exported) keeps that split; its fractions are then
 * ignored. Text class labels are numbered in order of first appearance, integer labels in increasing
 * order.</li>
 * </ul>
 */
package neurallab.data;
