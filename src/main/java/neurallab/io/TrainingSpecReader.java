package neurallab.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.engine.ScheduleType;
import neurallab.session.EarlyStopping;
import neurallab.session.Limits;
import neurallab.session.TrainingSpec;

/**
 * Reads the {@code training} object. Optional settings take their defaults: the optimizer's from
 * {@link OptimizerSettings#defaults}, the schedule's from {@link Schedule#CONSTANT}, shuffle on, no
 * regularization, no early stopping. Setting names inside {@code optimizer} and {@code schedule} are
 * checked, so that a misspelt one is not silently replaced by its default.
 */
final class TrainingSpecReader {
    private static final Bounds BATCH_SIZE = new Bounds(Limits.BATCH_SIZE);
    private static final Bounds EPOCHS = new Bounds(Limits.EPOCHS);
    private static final Bounds PATIENCE = new Bounds(Limits.PATIENCE);

    private TrainingSpecReader() {
    }

    /** The training settings, or null after reporting what is wrong. */
    static TrainingSpec read(Field training) {
        if (!training.isObject()) {
            return null;
        }
        Loss loss = training.get("loss").choice("loss", Loss.class);
        OptimizerSettings optimizer = optimizer(training.get("optimizer"));
        Integer batchSize = training.get("batchSize").integer(BATCH_SIZE);
        Integer epochs = training.get("epochs").integer(EPOCHS);
        Boolean shuffle = training.get("shuffle").bool(true);
        Regularization regularization = regularization(training.get("regularization"));
        Schedule schedule = schedule(training.get("schedule"));
        Field earlyStoppingField = training.get("earlyStopping");
        EarlyStopping earlyStopping = earlyStoppingField.isAbsent() ? null : earlyStopping(earlyStoppingField);
        if (loss == null || optimizer == null || batchSize == null || epochs == null || shuffle == null
                || regularization == null || schedule == null
                || (!earlyStoppingField.isAbsent() && earlyStopping == null)) {
            return null;
        }
        return new TrainingSpec(loss, optimizer, batchSize, epochs, shuffle, regularization, schedule, earlyStopping);
    }

    private static OptimizerSettings optimizer(Field field) {
        if (!field.isObject()) {
            return null;
        }
        OptimizerType type = field.get("type").choice("optimizer", OptimizerType.class);
        rejectUnknownNames(field, "optimizer", Stream.of(OptimizerSetting.values()).map(s -> s.id));
        if (type == null) {
            return null;
        }
        OptimizerSettings defaults = OptimizerSettings.defaults(type);
        Map<OptimizerSetting, Double> v = new EnumMap<>(OptimizerSetting.class);
        for (OptimizerSetting setting : OptimizerSetting.values()) {
            v.put(setting, field.get(setting.id).number(setting.of(defaults), setting.bounds));
        }
        if (v.containsValue(null)) {
            return null;
        }
        return new OptimizerSettings(type, v.get(OptimizerSetting.LEARNING_RATE),
                v.get(OptimizerSetting.MOMENTUM_FACTOR), v.get(OptimizerSetting.BETA1), v.get(OptimizerSetting.BETA2),
                v.get(OptimizerSetting.EPSILON), v.get(OptimizerSetting.RHO), v.get(OptimizerSetting.WEIGHT_DECAY),
                v.get(OptimizerSetting.MOMENTUM_DECAY));
    }

    private static Schedule schedule(Field field) {
        if (field.isAbsent()) {
            return Schedule.CONSTANT;
        }
        if (!field.isObject()) {
            return null;
        }
        ScheduleType type = field.get("type").choice("schedule", ScheduleType.class);
        rejectUnknownNames(field, "schedule", Stream.of(ScheduleSetting.values()).map(s -> s.id));
        Map<ScheduleSetting, Double> v = new EnumMap<>(ScheduleSetting.class);
        for (ScheduleSetting setting : ScheduleSetting.values()) {
            v.put(setting, field.get(setting.id).number(setting.of(Schedule.CONSTANT), setting.bounds));
        }
        if (type == null || v.containsValue(null)) {
            return null;
        }
        return new Schedule(type, v.get(ScheduleSetting.GAMMA), v.get(ScheduleSetting.STEP_SIZE).intValue(),
                v.get(ScheduleSetting.DECAY), v.get(ScheduleSetting.PERIOD).intValue(),
                v.get(ScheduleSetting.MIN_LEARNING_RATE));
    }

    /** Reports members of {@code field} other than "type" and the given setting names. */
    private static void rejectUnknownNames(Field field, String what, Stream<String> settingNames) {
        List<String> known = Stream.concat(Stream.of("type"), settingNames).toList();
        for (String name : field.names()) {
            if (!known.contains(name)) {
                field.get(name).problem("unknown " + what + " setting; the " + what + " settings are "
                        + String.join(", ", known));
            }
        }
    }

    private static Regularization regularization(Field field) {
        if (field.isAbsent()) {
            return Regularization.NONE;
        }
        if (!field.isObject()) {
            return null;
        }
        Double l1 = field.get("l1").number(0.0, new Bounds(Limits.L1));
        Double l2 = field.get("l2").number(0.0, new Bounds(Limits.L2));
        return l1 == null || l2 == null ? null : new Regularization(l1, l2);
    }

    private static EarlyStopping earlyStopping(Field field) {
        if (!field.isObject()) {
            return null;
        }
        Integer patience = field.get("patience").integer(PATIENCE);
        Double minDelta = field.get("minDelta").number(0.0, new Bounds(Limits.MIN_DELTA));
        Boolean restoreBest = field.get("restoreBest").bool(true);
        return patience == null || minDelta == null || restoreBest == null ? null
                : new EarlyStopping(patience, minDelta, restoreBest);
    }
}
