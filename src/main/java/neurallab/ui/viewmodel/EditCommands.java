package neurallab.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import neurallab.data.Feature;
import neurallab.engine.Activation;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.engine.ScheduleType;
import neurallab.session.EarlyStopping;
import neurallab.session.Experiment;
import neurallab.session.Limits;
import neurallab.session.TrainingSpec;
import neurallab.ui.render.Format;
import neurallab.ui.text.Phrase;
import neurallab.ui.text.Texts;

/**
 * The playground's edits of hyperparameters and of the network, each computing the next experiment and
 * handing it to the {@link ExperimentEditor}. Typed values return the refusal (what is allowed) or null.
 */
abstract class EditCommands {
    protected final ExperimentEditor editor;

    EditCommands(ExperimentEditor editor) {
        this.editor = editor;
    }

    protected Experiment experimentNow() {
        return editor.current();
    }

    /** "learning rate 0.03 → 0.3": the name in the language it is shown in, the values as they are. */
    protected static Phrase change(Phrase name, Object before, Object after) {
        String values = text(before) + " → " + text(after);
        return () -> name.text() + " " + values;
    }

    private static String text(Object v) {
        return v instanceof Double d ? Format.exact(d) : String.valueOf(v);
    }

    private void training(TrainingSpec t, Phrase label) {
        editor.edit(experimentNow().withTraining(t), label);
    }

    // ---- hyperparameters: the trainer applies them at the next mini-batch, no reset --------------

    public String setLearningRate(String text) {
        Checked<Double> c = Validation.learningRate(text);
        TrainingSpec t = experimentNow().training();
        if (c.isOk()) {
            training(t.withOptimizer(t.optimizer().withLearningRate(c.value())),
                    change(RangeTexts.namePhrase(Limits.LEARNING_RATE), t.optimizer().learningRate(), c.value()));
        }
        return c.error();
    }

    /** After a divergence: learning rate × 0.1; the trainer brings back the last sane weights. */
    public void lowerLearningRate() {
        TrainingSpec t = experimentNow().training();
        double lr = t.optimizer().learningRate() * 0.1;
        training(t.withOptimizer(t.optimizer().withLearningRate(lr)), change(RangeTexts.namePhrase(Limits.LEARNING_RATE),
                t.optimizer().learningRate(), lr));
    }

    public void setOptimizer(OptimizerType type) {
        TrainingSpec t = experimentNow().training();
        if (t.optimizer().type() != type) {
            training(t.withOptimizer(OptimizerSettings.defaults(type, t.optimizer().learningRate())),
                    change(Phrase.of("edit.optimizer"), t.optimizer().type().id(), type.id()));
        }
    }

    public void setOptimizerSettings(OptimizerSettings settings) {
        training(experimentNow().training().withOptimizer(settings), Phrase.of("edit.optimizerSettings", settings.type().id()));
    }

    public String setBatchSize(String text) {
        Checked<Integer> c = Validation.batchSize(text);
        Experiment e = experimentNow();
        if (c.isOk()) {
            if (c.value() == 1 && e.layers().stream().anyMatch(LayerSpec::batchNorm)) {
                return Texts.get("edit.batchSizeWithBatchNorm");
            }
            training(e.training().withBatchSize(c.value()), change(RangeTexts.namePhrase(Limits.BATCH_SIZE), e.training().batchSize(), c.value()));
        }
        return c.error();
    }

    /** kind: {@code "none"}, {@code "L1"} or {@code "L2"}. */
    public String setRegularization(String kind, String rateText) {
        Checked<Double> c = Validation.regularizationRate(rateText);
        if (!c.isOk()) {
            return c.error();
        }
        Regularization r = switch (kind) {
            case "L1" -> Regularization.NONE.withL1(c.value());
            case "L2" -> Regularization.NONE.withL2(c.value());
            default -> Regularization.NONE;
        };
        training(experimentNow().training().withRegularization(r), Phrase.of("edit.regularization",
                r.isNone() ? Phrase.of("regularization.none") : kind + " " + Format.exact(c.value())));
        return null;
    }

    /** Early stopping on the validation loss (patience 20 epochs, best weights restored). */
    public void setEarlyStopping(boolean on) {
        Experiment e = experimentNow();
        if (on && !e.data().hasValidation()) {
            editor.notice(Texts.get("edit.earlyStoppingNeedsValidation"));
            return;
        }
        training(e.training().withEarlyStopping(on ? new EarlyStopping(20, 0.0, true) : null),
                Phrase.of(on ? "edit.earlyStoppingOn" : "edit.earlyStoppingOff"));
    }

    public void setSchedule(Schedule schedule) {
        training(experimentNow().training().withSchedule(schedule), Phrase.of("edit.scheduleSettings", schedule.type().id()));
    }

    public void setScheduleType(ScheduleType type) {
        Schedule s = experimentNow().training().schedule();
        if (s.type() != type) {
            training(experimentNow().training().withSchedule(s.withType(type)), change(Phrase.of("edit.schedule"), s.type().id(),
                    type.id()));
        }
    }

    public String setDropout(int layer, String text) {
        Checked<Double> c = Validation.dropout(text);
        if (c.isOk()) {
            Experiment e = experimentNow();
            List<LayerSpec> layers = new ArrayList<>(e.layers());
            double before = layers.get(layer).dropout();
            layers.set(layer, layers.get(layer).withDropout(c.value()));
            editor.edit(e.withLayers(layers), change(Phrase.of("edit.layerDropout", layer + 1), before, c.value()));
        }
        return c.error();
    }

    public String setSeed(String text) {
        Checked<Long> c = Validation.seed(text);
        if (c.isOk()) {
            reseedTo(c.value());
        }
        return c.error();
    }

    protected void reseedTo(long seed) {
        Experiment e = experimentNow();
        editor.edit(e.withSeed(seed).withWeights(null), change(Phrase.of("edit.seed"), e.seed(), seed));
    }

    // ---- changes that rebuild the network ---------------------------------------------------------

    private void rebuild(Experiment next, Phrase label) {
        editor.edit(next, label);
    }

    public void setLoss(Loss loss) {
        Experiment e = experimentNow();
        if (e.training().loss() != loss) {
            rebuild(Edits.settleOutput(e.withTraining(e.training().withLoss(loss))),
                    change(Phrase.of("edit.loss"), e.training().loss().id(), loss.id()));
        }
    }

    public void setInitializer(InitializerType type) {
        Experiment e = experimentNow();
        rebuild(e.withInitializer(e.initializer().withType(type)).withWeights(null),
                change(Phrase.of("edit.initializer"), e.initializer().type().id(), type.id()));
    }

    /** Every hidden layer's activation. */
    public void setDefaultActivation(Activation a) {
        Experiment e = experimentNow();
        List<LayerSpec> hidden = new ArrayList<>();
        for (LayerSpec s : Edits.hidden(e)) {
            hidden.add(s.withActivation(a));
        }
        rebuild(Edits.withHidden(e, hidden), Phrase.of("edit.activation", a.id()));
    }

    public void addLayer() {
        List<LayerSpec> hidden = new ArrayList<>(Edits.hidden(experimentNow()));
        if (!Limits.HIDDEN_LAYERS.contains(hidden.size() + 1)) {
            editor.notice(Texts.get("edit.notAdded", RangeTexts.mustBe(Limits.HIDDEN_LAYERS)));
            return;
        }
        Activation a = hidden.isEmpty() ? Activation.TANH : hidden.get(hidden.size() - 1).activation();
        int units = hidden.isEmpty() ? 4 : Math.min(hidden.get(hidden.size() - 1).units(), 8);
        hidden.add(new LayerSpec(units, a));
        rebuild(Edits.withHidden(experimentNow(), hidden), Phrase.of("edit.layerAdded"));
    }

    public void removeLayer() {
        List<LayerSpec> hidden = new ArrayList<>(Edits.hidden(experimentNow()));
        if (!hidden.isEmpty()) {
            hidden.remove(hidden.size() - 1);
            rebuild(Edits.withHidden(experimentNow(), hidden), Phrase.of("edit.layerRemoved"));
        }
    }

    public void addNeuron(int layer) {
        changeUnits(layer, +1);
    }

    public void removeNeuron(int layer) {
        changeUnits(layer, -1);
    }

    private void changeUnits(int layer, int delta) {
        List<LayerSpec> hidden = new ArrayList<>(Edits.hidden(experimentNow()));
        LayerSpec s = hidden.get(layer);
        int units = s.units() + delta;
        if (!Limits.UNITS.contains(units)) {
            editor.notice(Texts.get("edit.notChanged", RangeTexts.mustBe(Limits.UNITS)));
            return;
        }
        hidden.set(layer, s.withUnits(units));
        rebuild(Edits.withHidden(experimentNow(), hidden), change(Phrase.of("edit.layerNeurons", layer + 1), s.units(), units));
    }

    public void setLayerActivation(int layer, Activation a) {
        List<LayerSpec> hidden = new ArrayList<>(Edits.hidden(experimentNow()));
        LayerSpec s = hidden.get(layer);
        if (s.activation() != a) {
            hidden.set(layer, s.withActivation(a));
            rebuild(Edits.withHidden(experimentNow(), hidden), change(Phrase.of("edit.layerActivation", layer + 1),
                    s.activation().id(), a.id()));
        }
    }

    public void setLayerBatchNorm(int layer, boolean on) {
        List<LayerSpec> hidden = new ArrayList<>(Edits.hidden(experimentNow()));
        if (on && experimentNow().training().batchSize() == 1) {
            editor.notice(Texts.get("edit.batchNormNeedsBatches"));
            return;
        }
        hidden.set(layer, hidden.get(layer).withBatchNorm(on));
        rebuild(Edits.withHidden(experimentNow(), hidden), Phrase.of(on ? "edit.layerBatchNormOn" : "edit.layerBatchNormOff", layer + 1));
    }

    public void toggleFeature(Feature f) {
        Experiment e = experimentNow();
        if (e.features().isEmpty()) {
            return;
        }
        List<Feature> fs = new ArrayList<>(e.features());
        if (fs.contains(f)) {
            if (fs.size() == 1) {
                editor.notice(Texts.get("edit.oneInputStays"));
                return;
            }
            fs.remove(f);
        } else {
            fs.add(f);
            fs.sort(null);
        }
        rebuild(e.withFeatures(fs).withWeights(null), Phrase.of(fs.contains(f) ? "edit.inputOn" : "edit.inputOff", f.id()));
    }
}
