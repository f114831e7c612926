package neurallab.session.live;

/**
 * How fast the trainer runs: a number of epochs per displayed frame (watchable), or as fast as possible
 * (figures and maps then refresh once per frame while training never waits for the window).
 */
public record Speed(int epochsPerFrame) {
    public static final Speed MAX = new Speed(0);
    public static final Speed ONE = new Speed(1);

    public Speed {
        if (epochsPerFrame < 0) {
            throw new IllegalArgumentException("epochs per frame must be ≥ 0 (0 = as fast as possible)");
        }
    }

    public boolean isMax() {
        return epochsPerFrame == 0;
    }

    public String label() {
        return isMax() ? "max" : epochsPerFrame + "/frame";
    }
}
