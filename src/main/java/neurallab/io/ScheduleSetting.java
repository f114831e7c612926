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
import neurallab.session.Limits;
import neurallab.session.Range;

/**
 * The settings of {@code training.schedule} by their file names, the values each accepts, and the
 * schedules whose formula reads it.
 */
enum ScheduleSetting {
    GAMMA("gamma", Limits.GAMMA, Schedule::gamma, EnumSet.of(STEP, EXPONENTIAL)),
    STEP_SIZE("stepSize", Limits.STEP_SIZE, Schedule::stepSize, EnumSet.of(STEP)),
    DECAY("decay", Limits.DECAY, Schedule::decay, EnumSet.of(TIME)),
    PERIOD("period", Limits.PERIOD, Schedule::period, EnumSet.of(COSINE)),
    MIN_LEARNING_RATE("minLearningRate", Limits.MIN_LEARNING_RATE, Schedule::minLearningRate, EnumSet.of(COSINE));

    final String id;
    final Bounds bounds;
    private final ToDoubleFunction<Schedule> value;
    private final Set<ScheduleType> readBy;

    ScheduleSetting(String id, Range range, ToDoubleFunction<Schedule> value, Set<ScheduleType> readBy) {
        this.id = id;
        this.bounds = new Bounds(range);
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
