package neurallab.io;

import static neurallab.engine.ScheduleType.COSINE;
import static neurallab.engine.ScheduleType.EXPONENTIAL;
import static neurallab.engine.ScheduleType.STEP;
import static neurallab.engine.ScheduleType.TIME;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import neurallab.engine.Schedule;
import neurallab.engine.ScheduleType;

/**
 * The settings of {@code training.schedule} by their file names, the values each accepts, and the
 * schedules whose formula reads it.
 */
enum ScheduleSetting {
    GAMMA("gamma", Bounds.POSITIVE, Schedule::gamma, EnumSet.of(STEP, EXPONENTIAL)),
    STEP_SIZE("stepSize", Bounds.integers(1, Integer.MAX_VALUE), Schedule::stepSize, EnumSet.of(STEP)),
    DECAY("decay", Bounds.NON_NEGATIVE, Schedule::decay, EnumSet.of(TIME)),
    PERIOD("period", Bounds.integers(1, Integer.MAX_VALUE), Schedule::period, EnumSet.of(COSINE)),
    MIN_LEARNING_RATE("minLearningRate", Bounds.NON_NEGATIVE, Schedule::minLearningRate, EnumSet.of(COSINE));

    final String id;
    final Bounds bounds;
    private final ToDoubleFunction<Schedule> value;
    private final Set<ScheduleType> readBy;

    ScheduleSetting(String id, Bounds bounds, ToDoubleFunction<Schedule> value, Set<ScheduleType> readBy) {
        this.id = id;
        this.bounds = bounds;
        this.value = value;
        this.readBy = readBy;
    }

    double of(Schedule schedule) {
        return value.applyAsDouble(schedule);
    }

    boolean isReadBy(ScheduleType type) {
        return readBy.contains(type);
    }
}
