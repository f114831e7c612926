package neurallab.ui.lesson;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import neurallab.session.lesson.Control;

/**
 * The one table from a lesson's control names to the window's nodes, by node id; an id ending in "-"
 * stands for every node whose id starts with it (one per layer or feature: "dropout-0", "dropout-1", …).
 */
final class ControlMap {
    private static final Map<Control, List<String>> IDS = new EnumMap<>(Control.class);

    static {
        IDS.put(Control.DATA, List.of("datasetTiles", "builtin-", "regenerateButton", "problemCombo",
                "testFractionField", "validationFractionField", "paintToggle", "paintClassSpinner"));
        IDS.put(Control.NOISE, List.of("noiseField"));
        IDS.put(Control.SAMPLES, List.of("samplesField"));
        IDS.put(Control.FEATURES, List.of("feature-"));
        IDS.put(Control.LAYERS, List.of("addLayerButton", "removeLayerButton"));
        IDS.put(Control.NEURONS, List.of("addNeuron-", "removeNeuron-"));
        IDS.put(Control.ACTIVATION, List.of("activationCombo", "activation-"));
        IDS.put(Control.INITIALIZER, List.of("initializerCombo"));
        IDS.put(Control.LOSS, List.of("lossCombo"));
        IDS.put(Control.OPTIMIZER, List.of("optimizerCombo", "optimizerSettingsButton"));
        IDS.put(Control.LEARNING_RATE, List.of("learningRateField", "learningRatePresets"));
        IDS.put(Control.SCHEDULE, List.of("scheduleCombo", "scheduleSettingsButton"));
        IDS.put(Control.BATCH_SIZE, List.of("batchSizeField"));
        IDS.put(Control.REGULARIZATION, List.of("regularizationCombo", "regularizationRateField"));
        IDS.put(Control.DROPOUT, List.of("dropout-"));
        IDS.put(Control.BATCH_NORM, List.of("batchNorm-"));
        IDS.put(Control.EARLY_STOPPING, List.of("earlyStoppingCheck"));
        IDS.put(Control.SEED, List.of("seedField", "reseedButton"));
        IDS.put(Control.PLAY, List.of("playButton"));
        IDS.put(Control.STEP, List.of("stepButton", "stepBatchButton"));
        IDS.put(Control.RESET, List.of("resetButton"));
        IDS.put(Control.LOSS_CHART, List.of("lossChart"));
        IDS.put(Control.OUTPUT, List.of("outputPlane"));
        IDS.put(Control.METRICS, List.of("metricNumbers"));
        IDS.put(Control.INSIGHTS, List.of("insightsButton"));
    }

    private ControlMap() {
    }

    /** The node ids (or id prefixes, ending in "-") of a control. */
    static List<String> ids(Control control) {
        return IDS.get(control);
    }

    /** The control a node with this id belongs to. */
    static Optional<Control> of(String nodeId) {
        if (nodeId == null) {
            return Optional.empty();
        }
        for (Map.Entry<Control, List<String>> entry : IDS.entrySet()) {
            for (String id : entry.getValue()) {
                if (id.endsWith("-") ? nodeId.startsWith(id) : nodeId.equals(id)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
