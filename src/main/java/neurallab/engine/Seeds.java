package neurallab.engine;

/** One seeded generator per purpose, each derived from the experiment's seed (SplitMix64 mixing). */
public final class Seeds {
    public static final long INIT = 1;
    public static final long DATA = 2;
    public static final long SHUFFLE = 3;
    public static final long DROPOUT = 4;

    private Seeds() {
    }

    /** The seed for one purpose: the same experiment seed always gives the same derived seed. */
    public static long derive(long seed, long purpose) {
        long z = seed + purpose * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
