package neurallab.ui.view;

import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Schedule;
import neurallab.engine.ScheduleType;
import neurallab.session.Limits;
import neurallab.session.Range;
import neurallab.ui.render.Format;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RangeTexts;
import neurallab.ui.viewmodel.Validation;

/** The hover cards with the optimizer's and the schedule's own settings, each field checked against the table of limits. */
final class SettingsPopups {
    private final PlaygroundViewModel vm;

    SettingsPopups(PlaygroundViewModel vm) {
        this.vm = vm;
    }

    void showOptimizerSettings(Button anchor) {
        OptimizerSettings o = vm.experiment().get().training().optimizer();
        VBox box = new VBox(6);
        box.getStyleClass().add("hover-card");
        Label title = new Label(Texts.get("settings.optimizer", o.type().id()));
        title.getStyleClass().add("panel-title");
        box.getChildren().add(title);
        switch (o.type()) {
            case MOMENTUM, NESTEROV -> box.getChildren().add(setting(Limits.MOMENTUM, "v = μv + g", o.momentum(),
                    o::withMomentum));
            case RMSPROP -> box.getChildren().addAll(
                    setting(Limits.RHO, "s = ρs + (1−ρ)g²", o.rho(),
                            o::withRho),
                    setting(Limits.MOMENTUM, "b = μb + g/(√s + ε)", o.momentum(),
                            o::withMomentum),
                    epsilon(o));
            case ADAGRAD -> box.getChildren().add(epsilon(o));
            case ADADELTA -> box.getChildren().addAll(setting(Limits.RHO, "s = ρs + (1−ρ)g²", o.rho(),
                    o::withRho), epsilon(o));
            case ADAM, ADAMW, ADAMAX, NADAM -> {
                box.getChildren().addAll(
                        setting(Limits.BETA1, "m = β₁m + (1−β₁)g", o.beta1(),
                                o::withBeta1),
                        setting(Limits.BETA2, "v = β₂v + (1−β₂)g²", o.beta2(),
                                o::withBeta2),
                        epsilon(o));
                if (o.type() == OptimizerType.ADAMW) {
                    box.getChildren().add(setting(Limits.WEIGHT_DECAY, Texts.get("settings.weightDecay"), o.weightDecay(),
                            o::withWeightDecay));
                }
                if (o.type() == OptimizerType.NADAM) {
                    box.getChildren().add(setting(Limits.MOMENTUM_DECAY, "μₜ = β₁(1 − ½·0.96^(tψ))", o.momentumDecay(),
                            o::withMomentumDecay));
                }
            }
            default -> box.getChildren().add(new Label(Texts.get("settings.sgd")));
        }
        popup(anchor, box);
    }

    private ValidatedField epsilon(OptimizerSettings o) {
        return setting(Limits.EPSILON, Texts.get("settings.epsilon"), o.epsilon(),
                o::withEpsilon);
    }

    private ValidatedField setting(Range range, String formula, double value,
                                   DoubleFunction<OptimizerSettings> make) {
        ValidatedField f = new ValidatedField(RangeTexts.name(range), formula, 8,
                t -> Validation.check(range, t).error(),
                t -> {
                    var c = Validation.check(range, t);
                    if (c.isOk()) {
                        vm.setOptimizerSettings(make.apply(c.value()));
                    }
                    return c.error();
                });
        f.setValue(Format.exact(value));
        return f;
    }

    void showScheduleSettings(Button anchor) {
        Schedule s = vm.experiment().get().training().schedule();
        VBox box = new VBox(6);
        box.getStyleClass().add("hover-card");
        Label title = new Label(Texts.get("settings.schedule", s.type().id(), switch (s.type()) {
            case CONSTANT -> "lr(e) = lr₀";
            case STEP -> "lr(e) = lr₀·γ^⌊e / stepSize⌋";
            case EXPONENTIAL -> "lr(e) = lr₀·γ^e";
            case TIME -> "lr(e) = lr₀ / (1 + decay·e)";
            case COSINE -> "lr(e) = lo + ½(lr₀ − lo)(1 + cos(π·min(e, period)/period))";
        }));
        title.getStyleClass().add("formula");
        box.getChildren().add(title);
        switch (s.type()) {
            case STEP, EXPONENTIAL -> {
                box.getChildren().add(schedField(Limits.GAMMA, s.gamma(), s::withGamma));
                if (s.type() == ScheduleType.STEP) {
                    box.getChildren().add(schedWhole(Limits.STEP_SIZE, s.stepSize(), s::withStepSize));
                }
            }
            case TIME -> box.getChildren().add(schedField(Limits.DECAY, s.decay(), s::withDecay));
            case COSINE -> box.getChildren().addAll(
                    schedWhole(Limits.PERIOD, s.period(), s::withPeriod),
                    schedField(Limits.MIN_LEARNING_RATE, s.minLearningRate(), s::withMinLearningRate));
            default -> box.getChildren().add(new Label(Texts.get("settings.constant")));
        }
        popup(anchor, box);
    }

    private ValidatedField schedField(Range range, double value, DoubleFunction<Schedule> make) {
        ValidatedField f = new ValidatedField(RangeTexts.name(range), RangeTexts.name(range), 8, t -> Validation.check(range, t).error(), t -> {
            var c = Validation.check(range, t);
            if (c.isOk()) {
                vm.setSchedule(make.apply(c.value()));
            }
            return c.error();
        });
        f.setValue(Format.exact(value));
        return f;
    }

    private ValidatedField schedWhole(Range range, int value, IntFunction<Schedule> make) {
        ValidatedField f = new ValidatedField(RangeTexts.name(range), RangeTexts.name(range), 8, t -> Validation.whole(range, t).error(), t -> {
            var c = Validation.whole(range, t);
            if (c.isOk()) {
                vm.setSchedule(make.apply(c.value()));
            }
            return c.error();
        });
        f.setValue(Integer.toString(value));
        return f;
    }

    private static void popup(Button anchor, VBox content) {
        Popup p = new Popup();
        p.setAutoHide(true);
        p.getContent().add(content);
        content.getStylesheets().setAll(anchor.getScene().getStylesheets());
        content.setStyle(anchor.getScene().getRoot().getStyle());
        content.getStyleClass().add("root");
        var b = anchor.localToScreen(anchor.getBoundsInLocal());
        p.show(anchor, b.getMinX(), b.getMaxY() + 4);
    }
}
