package neurallab.data;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** The built-in 2-D generators by name, in the order the window lists them. */
public final class Generators {
    public static final int MIN_SAMPLES = 10;
    public static final int MAX_SAMPLES = 10_000;
    /** Noise runs from 0 (the clean shape) to 1; the Playground's slider stops at 0.5. */
    public static final double MAX_NOISE = 1;
    /** Every generated point lies in [−EXTENT, EXTENT]², the plane the window shows. */
    public static final double EXTENT = 6;

    private static final List<PointGenerator> ALL = List.of(
            new CircleGenerator(), new XorGenerator(), ClusterGenerator.gaussians(), SpiralGenerator.twoArms(),
            new MoonsGenerator(), new CheckerboardGenerator(), SpiralGenerator.manyArms(), ClusterGenerator.blobs(),
            new StripesGenerator(), RegressionGenerator.plane(), RegressionGenerator.multiGaussian(),
            new SineGenerator());

    private Generators() {
    }

    public static List<String> names() {
        return ALL.stream().map(g -> g.info().name()).toList();
    }

    public static List<GeneratorInfo> infos() {
        return ALL.stream().map(PointGenerator::info).toList();
    }

    public static Optional<GeneratorInfo> info(String name) {
        return find(name).map(PointGenerator::info);
    }

    /**
     * Draws the points of a valid generator source (see {@link SourceValidator}); a class count of 0
     * means the generator's default.
     */
    static Dataset generate(DataSource.Generator source, SplittableRandom random) {
        PointGenerator generator = find(source.generator()).orElseThrow(
                () -> new IllegalArgumentException("unknown generator " + source.generator()));
        int classes = source.classes() > 0 && generator.info().takesClasses()
                ? source.classes() : generator.info().defaultClasses();
        return generator.generate(source.samples(), source.noise(), classes, random);
    }

    private static Optional<PointGenerator> find(String name) {
        return ALL.stream().filter(g -> g.info().name().equals(name)).findFirst();
    }
}
