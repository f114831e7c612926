package neurallab.engine;

import java.util.random.RandomGenerator;

/** Fills a kernel of shape [fanIn][units] in row order; biases start at 0. */
final class Initializers {
    private Initializers() {
    }

    static void fill(Initializer init, int fanIn, int fanOut, double[] kernel, RandomGenerator random) {
        double bound = switch (init.type()) {
            case UNIFORM -> init.scale();
            // ±√(6/(fanIn+fanOut))
            case XAVIER_UNIFORM -> Math.sqrt(6.0 / (fanIn + fanOut));
            // ±√(6/fanIn)
            case HE_UNIFORM -> Math.sqrt(6.0 / fanIn);
            default -> 0.0;
        };
        double sigma = switch (init.type()) {
            case NORMAL -> init.scale();
            // σ = √(2/(fanIn+fanOut))
            case XAVIER_NORMAL -> Math.sqrt(2.0 / (fanIn + fanOut));
            // σ = √(2/fanIn)
            case HE_NORMAL -> Math.sqrt(2.0 / fanIn);
            // σ = √(1/fanIn)
            case LECUN_NORMAL -> Math.sqrt(1.0 / fanIn);
            default -> 0.0;
        };
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] = switch (init.type()) {
                case ZEROS -> 0.0;
                case UNIFORM, XAVIER_UNIFORM, HE_UNIFORM -> (2.0 * random.nextDouble() - 1.0) * bound;
                case NORMAL, XAVIER_NORMAL, HE_NORMAL, LECUN_NORMAL -> random.nextGaussian() * sigma;
            };
        }
    }
}
