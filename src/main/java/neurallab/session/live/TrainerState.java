package neurallab.session.live;

/** What the live trainer is doing. */
public enum TrainerState {
    /** Waiting for a command. */
    PAUSED,
    /** Training continuously at the chosen speed. */
    PLAYING,
    /** A loss or weight became NaN or infinite: paused on the last finite weights until reset or a lower rate. */
    DIVERGED,
    /** The experiment could not be started (invalid, or its data failed to load); the message says why. */
    FAILED
}
