package neurallab.ui.lesson;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import neurallab.session.lesson.Comparison;
import neurallab.session.lesson.Control;
import neurallab.session.lesson.Figure;
import neurallab.session.lesson.LessonStep;
import neurallab.ui.text.Texts;

/**
 * The small editor of one step, for teachers who do not write JSON: its title, text (paragraphs separated by
 * a blank line), question, the training and goal, and the controls it locks. OK is refused, with the reason
 * shown, while a field does not parse ({@link StepForm}).
 */
final class StepEditor {
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final TextField question = new TextField();
    private final ComboBox<Figure> figure = new ComboBox<>();
    private final ComboBox<Comparison> comparison = new ComboBox<>();
    private final TextField value = new TextField();
    private final TextField within = new TextField();
    private final TextField epochs = new TextField();
    private final TextField instruction = new TextField();
    private final List<CheckBox> locks = new ArrayList<>();
    private final Label error = new Label();

    /** Edits {@code step}; the edited step, or empty when cancelled. */
    static Optional<LessonStep> edit(Window owner, LessonStep step, int number) {
        return new StepEditor().show(owner, step, number);
    }

    private Optional<LessonStep> show(Window owner, LessonStep step, int number) {
        fill(StepForm.of(step));
        Dialog<LessonStep> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("lesson.edit.title", number));
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        LessonStep[] result = new LessonStep[1];
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                result[0] = read().apply(step);
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? result[0] : null);
        return dialog.showAndWait();
    }

    private void fill(StepForm f) {
        title.setText(f.title());
        text.setText(f.text());
        text.setWrapText(true);
        text.setPrefRowCount(7);
        question.setText(f.question());
        figure.getItems().add(null);
        figure.getItems().addAll(Figure.values());
        figure.setConverter(names(fig -> fig == null ? Texts.get("lesson.edit.noGoal") : GoalWords.figure(fig)));
        figure.setValue(f.figure());
        comparison.getItems().addAll(Comparison.values());
        comparison.setConverter(names(GoalWords::symbol));
        comparison.setValue(f.comparison());
        value.setText(f.value());
        within.setText(f.within());
        epochs.setText(f.epochs());
        instruction.setText(f.instruction());
        for (Control c : Control.values()) {
            CheckBox box = new CheckBox(GoalWords.control(c));
            box.setUserData(c);
            box.setSelected(f.lock().contains(c));
            locks.add(box);
        }
    }

    private StepForm read() {
        Set<Control> lock = EnumSet.noneOf(Control.class);
        locks.stream().filter(CheckBox::isSelected).forEach(b -> lock.add((Control) b.getUserData()));
        return new StepForm(title.getText(), text.getText(), question.getText(), figure.getValue(),
                comparison.getValue(), value.getText(), within.getText(), epochs.getText(), instruction.getText(), lock);
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        value.setPrefColumnCount(6);
        within.setPrefColumnCount(5);
        epochs.setPrefColumnCount(5);
        int row = 0;
        grid.addRow(row++, label("lesson.edit.stepTitle"), title);
        grid.addRow(row++, label("lesson.edit.text"), text);
        grid.addRow(row++, label("lesson.edit.question"), question);
        grid.addRow(row++, label("lesson.edit.training"), new HBox(6, epochs, label("lesson.edit.epochs"), instruction));
        grid.addRow(row++, label("lesson.goal"), new HBox(6, figure, comparison, value, label("lesson.edit.within"), within));
        FlowPane lockBoxes = new FlowPane(10, 4);
        lockBoxes.getChildren().addAll(locks);
        lockBoxes.setPrefWrapLength(560);
        grid.addRow(row++, label("lesson.edit.lock"), lockBoxes);
        error.getStyleClass().add("field-error");
        error.setId("stepEditorError");
        grid.add(error, 1, row);
        return grid;
    }

    private static Label label(String key) {
        return new Label(Texts.get(key));
    }

    private static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
