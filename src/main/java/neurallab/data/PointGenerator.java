package neurallab.data;

import java.util.SplittableRandom;

/**
 * One 2-D data shape. Points lie in [-6, 6]²; noise 0 gives exactly the clean shape. Class labels
 * follow one convention: the TensorFlow Playground's −1 ("orange") class is class 0, its +1 ("blue")
 * class is class 1.
 */
interface PointGenerator {

    GeneratorInfo info();

    /**
     * Draws {@code samples} points with this noise level and class count (already validated against
     * {@link #info()}), balanced over the classes at noise 0.
     */
    Dataset generate(int samples, double noise, int classes, SplittableRandom random);
}
