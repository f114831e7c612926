package neurallab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import neurallab.ui.lesson.LessonDock;
import neurallab.ui.lesson.LessonsMenu;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's menu and the file actions behind it: undo and redo, new, open, examples, save, import and
 * export, lessons, recent files. Replacing an unsaved experiment always asks first (a lesson is left first).
 */
final class FileMenu {
    private final PlaygroundViewModel vm;
    private Window owner;
    private Menu examples; // built when the menu first opens
    private final LessonDock lessons;
    private final LessonsMenu lessonsMenu;

    FileMenu(PlaygroundViewModel vm, LessonDock lessons) {
        this.vm = vm;
        this.lessons = lessons;
        this.lessonsMenu = new LessonsMenu(lessons, ExamplesMenu::picture);
    }

    /** The window dialogs and choosers belong to. */
    void setOwner(Window owner) {
        this.owner = owner;
    }

    void fill(MenuButton menu, Menu export) {
        MenuItem newItem = new MenuItem(Texts.get("file.new"), new FontIcon("mdi-file-outline"));
        newItem.setOnAction(e -> newExperiment());
        MenuItem open = new MenuItem(Texts.get("file.open"), new FontIcon("mdi-folder-outline"));
        open.setId("openItem");
        open.setOnAction(e -> open());
        MenuItem save = new MenuItem(Texts.get("file.save"), new FontIcon("mdi-content-save"));
        save.setOnAction(e -> save(false));
        MenuItem saveAs = new MenuItem(Texts.get("file.saveAs"));
        saveAs.setOnAction(e -> save(true));
        MenuItem importCsv = new MenuItem(Texts.get("file.importCsv"), new FontIcon("mdi-file-delimited"));
        importCsv.setOnAction(e -> importCsv());
        MenuItem exportCsv = new MenuItem(Texts.get("file.exportCsv"));
        exportCsv.setOnAction(e -> exportCsv());
        MenuItem about = new MenuItem(Texts.get("file.about"), new FontIcon("mdi-information-outline"));
        about.setOnAction(e -> AboutDialog.show(owner));
        if (examples == null) {
            examples = ExamplesMenu.create(e -> {
                if (confirmClose()) {
                    vm.load(e, null); // untitled: saving asks for a file instead of writing into the app
                }
            });
        }
        menu.getItems().setAll(HistoryItems.undo(vm), HistoryItems.redo(vm), new SeparatorMenuItem(), newItem, open,
                examples, lessonsMenu.menu(owner), save, saveAs, new SeparatorMenuItem(), importCsv, exportCsv, export,
                new SeparatorMenuItem(), about);
        addRecent(menu);
    }

    private void addRecent(MenuButton menu) {
        List<Path> recent = vm.recent().list();
        if (recent.isEmpty()) {
            return;
        }
        menu.getItems().add(new SeparatorMenuItem());
        for (Path p : recent) {
            MenuItem item = new MenuItem(p.getFileName().toString());
            item.setOnAction(e -> {
                if (confirmDiscard(Texts.get("unsaved.beforeOpening", p.getFileName()))) {
                    vm.open(p);
                }
            });
            menu.getItems().add(item);
        }
    }

    /** True if the window may close (asks first when there are unsaved changes). */
    boolean confirmClose() {
        return confirmDiscard(Texts.get("unsaved.beforeClosing"));
    }

    /** True if the experiment may be replaced (asks first when there are unsaved changes); doing: what the question names ("before opening …"). */
    boolean confirmDiscard(String doing) {
        lessons.leave(); // the user's own experiment comes back before anything replaces it
        if (vm.closeRequested() == PlaygroundViewModel.CloseDecision.CLOSE) {
            return true;
        }
        ButtonType save = new ButtonType(Texts.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Texts.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("unsaved.question", doing),
                save, discard, ButtonType.CANCEL);
        a.setHeaderText(Texts.get("unsaved.header"));
        a.setTitle(Texts.get("unsaved.header"));
        ((Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(Texts.get("dialog.cancel"));
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
        if (confirmDiscard(Texts.get("unsaved.beforeNew"))) {
            vm.newExperiment();
        }
    }

    void open() {
        if (!confirmDiscard(Texts.get("unsaved.beforeOpeningAnother"))) {
            return;
        }
        FileChooser fc = chooser();
        fc.setTitle(Texts.get("file.openTitle"));
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            lessons.open(f.toPath()); // a lesson file starts its lesson
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
        FileChooser fc = inLastFolder(new FileChooser());
        fc.setTitle(Texts.get("file.importTitle"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            vm.recent().usedFolder(f.toPath().getParent());
            vm.selectCsv(f.toPath());
        }
    }

    private void exportCsv() {
        FileChooser fc = inLastFolder(new FileChooser());
        fc.setTitle(Texts.get("file.exportTitle"));
        fc.setInitialFileName("data.csv");
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            vm.recent().usedFolder(f.toPath().getParent());
            vm.exportCsv(f.toPath());
        }
    }

    private Path chooseSaveTarget() {
        FileChooser fc = chooser();
        fc.setTitle(Texts.get("file.saveTitle"));
        fc.setInitialFileName("experiment.json");
        File f = fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    private FileChooser chooser() {
        FileChooser fc = inLastFolder(new FileChooser());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("file.experimentFilter"), "*.json"));
        return fc;
    }

    /** The chooser opens where the last one was left (kept between starts). */
    private FileChooser inLastFolder(FileChooser fc) {
        Path folder = vm.recent().lastFolder();
        if (folder != null) {
            fc.setInitialDirectory(folder.toFile());
        }
        return fc;
    }
}
