package neurallab.engine;

/** How a kernel starts; biases start at 0. {@code scale} is used by uniform (±scale) and normal (σ = scale). */
public record Initializer(InitializerType type, double scale) {
    public static final double DEFAULT_SCALE = 0.5;

    public Initializer(InitializerType type) {
        this(type, DEFAULT_SCALE);
    }

    public Initializer withType(InitializerType v) {
        return new Initializer(v, scale);
    }

    public Initializer withScale(double v) {
        return new Initializer(type, v);
    }
}
