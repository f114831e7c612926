package neurallab.io;

import static neurallab.engine.OptimizerType.ADADELTA;
import static neurallab.engine.OptimizerType.ADAGRAD;
import static neurallab.engine.OptimizerType.ADAM;
import static neurallab.engine.OptimizerType.ADAMAX;
import static neurallab.engine.OptimizerType.ADAMW;
import static neurallab.engine.OptimizerType.MOMENTUM;
import static neurallab.engine.OptimizerType.NADAM;
import static neurallab.engine.OptimizerType.NESTEROV;
import static neurallab.engine.OptimizerType.RMSPROP;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.session.Limits;
import neurallab.session.Range;

/**
 * The settings of {@code training.optimizer} by their file names (docs/file-format.md), the values each
 * accepts, and the optimizers whose formula (docs/engine.md) reads it.
 */
enum OptimizerSetting {
    LEARNING_RATE("learningRate", Limits.LEARNING_RATE, OptimizerSettings::learningRate,
            EnumSet.allOf(OptimizerType.class)),
    MOMENTUM_FACTOR("momentum", Limits.MOMENTUM, OptimizerSettings::momentum, EnumSet.of(MOMENTUM, NESTEROV, RMSPROP)),
    BETA1("beta1", Limits.BETA1, OptimizerSettings::beta1, EnumSet.of(ADAM, ADAMW, ADAMAX, NADAM)),
    BETA2("beta2", Limits.BETA2, OptimizerSettings::beta2, EnumSet.of(ADAM, ADAMW, ADAMAX, NADAM)),
    EPSILON("epsilon", Limits.EPSILON, OptimizerSettings::epsilon,
            EnumSet.of(ADAGRAD, ADADELTA, RMSPROP, ADAM, ADAMW, ADAMAX, NADAM)),
    RHO("rho", Limits.RHO, OptimizerSettings::rho, EnumSet.of(ADADELTA, RMSPROP)),
    WEIGHT_DECAY("weightDecay", Limits.WEIGHT_DECAY, OptimizerSettings::weightDecay, EnumSet.of(ADAMW)),
    MOMENTUM_DECAY("momentumDecay", Limits.MOMENTUM_DECAY, OptimizerSettings::momentumDecay, EnumSet.of(NADAM));

    final String id;
    final Bounds bounds;
    private final ToDoubleFunction<OptimizerSettings> value;
    private final Set<OptimizerType> readBy;

    OptimizerSetting(String id, Range range, ToDoubleFunction<OptimizerSettings> value, Set<OptimizerType> readBy) {
        this.id = id;
        this.bounds = new Bounds(range);
        this.value = value;
        this.readBy = readBy;
    }

    double of(OptimizerSettings settings) {
        return value.applyAsDouble(settings);
    }

    boolean isReadBy(OptimizerType type) {
        return readBy.contains(type);
    }
}
