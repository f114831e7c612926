package neurallab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's menu and the file actions behind it: undo and redo, new, open, examples, save, import and
 * export, recent files. Replacing an unsaved experiment always asks first.
 */
final class FileMenu {
    private final PlaygroundViewModel vm;
    private Window owner;
    private Menu examples; // built when the menu first opens

    FileMenu(PlaygroundViewModel vm) {
        this.vm = vm;
    }

    /** The window dialogs and choosers belong to. */
    void setOwner(Window owner) {
        this.owner = owner;
    }

    void fill(MenuButton menu) {
        MenuItem newItem = new MenuItem("New", new FontIcon("mdi-file-outline"));
        newItem.setOnAction(e -> newExperiment());
        MenuItem open = new MenuItem("Open…", new FontIcon("mdi-folder-outline"));
        open.setId("openItem");
        open.setOnAction(e -> open());
        MenuItem save = new MenuItem("Save", new FontIcon("mdi-content-save"));
        save.setOnAction(e -> save(false));
        MenuItem saveAs = new MenuItem("Save as…");
        saveAs.setOnAction(e -> save(true));
        MenuItem importCsv = new MenuItem("Import data (CSV)…", new FontIcon("mdi-file-delimited"));
        importCsv.setOnAction(e -> importCsv());
        MenuItem exportCsv = new MenuItem("Export data (CSV)…");
        exportCsv.setOnAction(e -> exportCsv());
        MenuItem about = new MenuItem("About NeuralLab", new FontIcon("mdi-information-outline"));
        about.setOnAction(e -> AboutDialog.show(owner));
        if (examples == null) {
            examples = ExamplesMenu.create(e -> {
                if (confirmClose()) {
                    vm.load(e, null); // untitled: saving asks for a file instead of writing into the app
                }
            });
        }
        menu.getItems().setAll(HistoryItems.undo(vm), HistoryItems.redo(vm), new SeparatorMenuItem(), newItem, open,
                examples, save, saveAs, new SeparatorMenuItem(), importCsv, exportCsv,
                new SeparatorMenuItem(), about);
        addRecent(menu);
    }

    private void addRecent(MenuButton menu) {
        List<Path> recent = vm.recentFiles();
        if (recent.isEmpty()) {
            return;
        }
        menu.getItems().add(new SeparatorMenuItem());
        for (Path p : recent) {
            MenuItem item = new MenuItem(p.getFileName().toString());
            item.setOnAction(e -> {
                if (confirmDiscard("opening " + p.getFileName())) {
                    vm.open(p);
                }
            });
            menu.getItems().add(item);
        }
    }

    /** True if the window may close (asks first when there are unsaved changes). */
    boolean confirmClose() {
        return confirmDiscard("closing");
    }

    /** True if the experiment may be replaced (asks first when there are unsaved changes); doing: "opening …". */
    boolean confirmDiscard(String doing) {
        if (vm.closeRequested() == PlaygroundViewModel.CloseDecision.CLOSE) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to this experiment before " + doing + "?",
                save, discard, ButtonType.CANCEL);
        a.setHeaderText("Unsaved changes");
        a.initOwner(owner);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            // in place when it may be (no newer file on disk), else wherever the user chooses
            return vm.save() || vm.resolveClose(PlaygroundViewModel.CloseAnswer.SAVE, chooseSaveTarget());
        }
        return vm.resolveClose(answer == discard ? PlaygroundViewModel.CloseAnswer.DISCARD
                : PlaygroundViewModel.CloseAnswer.CANCEL, null);
    }

    void newExperiment() {
        if (confirmDiscard("starting a new experiment")) {
            vm.newExperiment();
        }
    }

    void open() {
        if (!confirmDiscard("opening another experiment")) {
            return;
        }
        FileChooser fc = chooser();
        fc.setTitle("Open experiment");
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    void save(boolean as) {
        if (as || !vm.save()) {
            Path target = chooseSaveTarget();
            if (target != null) {
                vm.saveAs(target);
            }
        }
    }

    private void importCsv() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import data: numeric columns, the last one the label");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            vm.selectCsv(f.toPath());
        }
    }

    private void exportCsv() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export data");
        fc.setInitialFileName("data.csv");
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            vm.exportCsv(f.toPath());
        }
    }

    private Path chooseSaveTarget() {
        FileChooser fc = chooser();
        fc.setTitle("Save experiment");
        fc.setInitialFileName("experiment.json");
        File f = fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    private static FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("NeuralLab experiment", "*.json"));
        return fc;
    }
}
