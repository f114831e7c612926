package neurallab.session.lesson;

import java.nio.file.Path;
import neurallab.data.DataException;
import neurallab.session.InvalidExperimentException;
import neurallab.session.TrainingResult;
import neurallab.session.TrainingRun;

/**
 * The headless proof of a step: start its experiment afresh, train exactly the epochs its training names
 * (fewer only if early stopping or divergence ends the run), and judge its goal on the epoch records.
 */
public final class LessonCheck {
    private LessonCheck() {
    }

    /**
     * What training a step gave: the run's records (null for a step without training), the first epoch that
     * reached the goal (null if none or no goal), and the goal's figure at its best inside the window (NaN
     * without a goal).
     */
    public record StepOutcome(LessonStep step, TrainingResult result, Integer reachedAtEpoch, double bestValue) {
        public boolean reached() {
            return reachedAtEpoch != null;
        }
    }

    /** Trains the step from its own experiment; CSV paths resolve against {@code baseDir}. */
    public static StepOutcome check(LessonStep step, Path baseDir) throws DataException, InvalidExperimentException {
        TrainingRun run = TrainingRun.start(step.experiment(), baseDir);
        if (step.training() == null) {
            return new StepOutcome(step, null, null, Double.NaN);
        }
        TrainingResult result = run.train(step.training().epochs());
        Goal goal = step.goal();
        if (goal == null) {
            return new StepOutcome(step, result, null, Double.NaN);
        }
        Integer reachedAt = goal.firstReached(result.epochs()).map(r -> r.epoch()).orElse(null);
        return new StepOutcome(step, result, reachedAt, goal.bestValue(result.epochs()));
    }
}
