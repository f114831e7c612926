package neurallab.ui.lesson;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import neurallab.io.LessonWriter;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Building a lesson without writing JSON: "add the current state as a step" (then its editor opens), edit
 * any step added so far, and save the lesson, checked as the file will be read, written atomically.
 */
final class LessonAuthoring {
    private final LessonDock dock;
    private final PlaygroundViewModel vm;
    private final LessonDraft draft = new LessonDraft();
    private final MenuItem add = new MenuItem(Texts.get("lesson.author.add"), new FontIcon("mdi-note-plus-outline"));
    private final Menu edit = new Menu(Texts.get("lesson.author.edit"));
    private final MenuItem save = new MenuItem(Texts.get("lesson.author.save"), new FontIcon("mdi-content-save"));
    private final MenuItem discard = new MenuItem(Texts.get("lesson.author.discard"));
    private Window owner;

    LessonAuthoring(LessonDock dock) {
        this.dock = dock;
        this.vm = dock.viewModel();
        add.setId("addStepItem");
        add.setOnAction(e -> addStep());
        save.setId("saveLessonItem");
        save.setOnAction(e -> save());
        discard.setOnAction(e -> {
            draft.clear();
            vm.say(Texts.get("lesson.author.discarded"));
        });
    }

    void setOwner(Window window) {
        owner = window;
    }

    List<MenuItem> items() {
        return List.of(add, edit, save, discard);
    }

    /** Before the menu shows: one edit item per step, save only with a step to save. */
    void refresh() {
        add.setDisable(draft.size() >= Lesson.MAX_STEPS);
        edit.setDisable(draft.size() == 0);
        save.setDisable(draft.size() == 0);
        discard.setDisable(draft.size() == 0);
        edit.getItems().clear();
        for (int i = 0; i < draft.size(); i++) {
            int index = i;
            MenuItem item = new MenuItem((i + 1) + ". " + draft.step(i).title());
            item.setOnAction(e -> editStep(index));
            edit.getItems().add(item);
        }
    }

    private void addStep() {
        if (draft.add(vm.experiment().get())) {
            vm.say(Texts.get("lesson.author.added", draft.size(), Lesson.MIN_STEPS, Lesson.MAX_STEPS));
            editStep(draft.size() - 1);
        }
    }

    private void editStep(int index) {
        StepEditor.edit(owner, draft.step(index), index + 1).ifPresent(step -> draft.replace(index, step));
    }

    private void save() {
        TextField title = new TextField();
        TextArea summary = new TextArea();
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        TextField concepts = new TextField();
        concepts.setPromptText(Texts.get("lesson.author.conceptsPrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Texts.get("lesson.author.lessonTitle")), title);
        grid.addRow(1, new Label(Texts.get("lesson.author.summary")), summary);
        grid.addRow(2, new Label(Texts.get("lesson.author.concepts")), concepts);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("lesson.author.save"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        List<String> names = Arrays.stream(concepts.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        Lesson lesson;
        try {
            lesson = draft.lesson(title.getText().strip(), summary.getText().strip(), names);
        } catch (InvalidLessonException e) {
            refuse(String.join("\n", e.problems()));
            return;
        }
        write(lesson);
    }

    private void write(Lesson lesson) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("lesson.author.save"));
        chooser.setInitialFileName("lesson.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("lesson.author.fileType"), "*.json"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        try {
            LessonWriter.write(file.toPath(), lesson); // atomic: a failed save never leaves half a lesson
            vm.say(Texts.get("lesson.author.saved", file.getName()));
        } catch (IOException e) {
            refuse(e.getMessage());
        }
    }

    private void refuse(String why) {
        Alert alert = new Alert(Alert.AlertType.ERROR, why, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(Texts.get("lesson.author.notSaved"));
        alert.showAndWait();
    }
}
