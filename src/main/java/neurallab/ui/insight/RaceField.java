package neurallab.ui.insight;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import neurallab.engine.OptimizerType;
import neurallab.session.insight.OptimizerRace;
import neurallab.session.insight.RaceSetting;

/**
 * A field of the optimizer race: checked on every key (marked, the problem said in the message line) and
 * applied to the running racer on Enter or when it loses focus, so a half-typed number never reaches it.
 */
final class RaceField {
    private RaceField() {
    }

    /** The field; {@code live} says whether losing focus should still apply it, {@code applied} runs after a change. */
    static TextField create(String id, RaceSetting setting, OptimizerType type, Supplier<OptimizerRace> race,
                            Label message, BooleanSupplier live, Runnable applied) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.textProperty().addListener((o, was, text) -> show(f, message, type, setting, setting.accepts(text)));
        Runnable commit = () -> {
            boolean ok = setting.apply(race.get(), type, f.getText());
            show(f, message, type, setting, ok);
            if (ok) {
                applied.run();
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && live.getAsBoolean()) {
                commit.run();
            }
        });
        return f;
    }

    // the field marked and the problem said, or neither
    private static void show(TextField f, Label message, OptimizerType type, RaceSetting setting, boolean ok) {
        mark(f, !ok);
        message.setText(ok ? "" : InsightTexts.problem(type, setting));
    }

    /** The stylesheet's invalid-field frame, on or off. */
    static void mark(TextField field, boolean invalid) {
        field.getStyleClass().remove("invalid");
        if (invalid) {
            field.getStyleClass().add("invalid");
        }
    }
}
