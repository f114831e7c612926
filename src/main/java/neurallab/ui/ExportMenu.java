package neurallab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import neurallab.data.Splits;
import neurallab.io.export.ConfusionMatrixCsv;
import neurallab.io.export.LossHistoryCsv;
import neurallab.io.export.PyTorchExport;
import neurallab.io.export.WeightsJson;
import neurallab.session.Experiment;
import neurallab.session.InvalidExperimentException;
import neurallab.session.TrainingRun;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.insight.InsightsWindow;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * File > Export: a picture (PNG) of the window or of one panel at 1× or 2×, the loss history and the
 * confusion matrix as CSV, the trained weights as JSON and the experiment as a PyTorch script, each written
 * atomically by the io exporters. A right click on a panel offers its picture too. What could not be
 * written is said in the window's notice, naming the file and the reason.
 */
final class ExportMenu {
    /** A panel that can be pictured: its name in the menus and the node drawn. */
    record Panel(String name, Node node) {
    }

    /** What an export writes, given the trainer's newest snapshot; it may refuse with a message. */
    private interface Writer {
        void write(Path file, LiveSnapshot s) throws IOException, InvalidExperimentException;
    }

    private final PlaygroundViewModel vm;
    private final List<Panel> fixedPanels;
    private final InsightsWindow insights;
    private Window owner;
    /** Asks where to write, from a suggested file name; null when the user cancels. */
    private Function<String, Path> chooseTarget = this::showChooser;

    ExportMenu(PlaygroundViewModel vm, Node window, Node network, Node output, Node charts, InsightsWindow insights) {
        this.vm = vm;
        this.insights = insights;
        fixedPanels = List.of(new Panel(Texts.get("export.panel.window"), window),
                new Panel(Texts.get("export.panel.network"), network),
                new Panel(Texts.get("export.panel.output"), output),
                new Panel(Texts.get("export.panel.charts"), charts));
        for (Panel p : fixedPanels.subList(1, fixedPanels.size())) {
            // on the output plane in paint mode a right click paints a point instead
            offerPicture(p.node(), () -> p.node() != output || !vm.paintMode().get(), () -> pictureOf(p));
        }
        offerPicture(insights.tabs(), () -> true, () -> pictureOf(selectedInsight()));
    }

    void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Tests write where they like instead of asking. */
    void chooseTargetWith(Function<String, Path> chooser) {
        chooseTarget = chooser;
    }

    /** The File menu's Export submenu, rebuilt each time the menu opens (the insight views may have opened). */
    Menu menu() {
        Menu export = new Menu(Texts.get("export.menu"), new FontIcon("mdi-export"));
        export.setId("exportMenu");
        export.getItems().setAll(
                item("exportPicture", "export.picture", "mdi-file-image", this::picture),
                item("exportLoss", "export.loss", null, () -> export("loss-history.csv",
                        (f, s) -> LossHistoryCsv.write(f, s.history()))),
                item("exportConfusion", "export.confusion", null, () -> export("confusion-matrix.csv",
                        this::writeConfusion)),
                item("exportWeights", "export.weights", null, () -> export("weights.json", (f, s) ->
                        WeightsJson.write(f, s.splits().train().inputNames(), s.experiment().layers(), s.weights()))),
                item("exportPyTorch", "export.pytorch", "mdi-language-python", () -> export("model.py",
                        this::writeScript)));
        return export;
    }

    private static MenuItem item(String id, String text, String icon, Runnable action) {
        MenuItem item = icon == null ? new MenuItem(Texts.get(text)) : new MenuItem(Texts.get(text), new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    // ---- pictures ------------------------------------------------------------------------------

    /** Every panel that can be pictured now: the window, network, output and charts, and each insight view if open. */
    List<Panel> panels() {
        List<Panel> all = new ArrayList<>(fixedPanels);
        if (insights.isShowing()) {
            for (Tab t : insights.tabs().getTabs()) {
                all.add(new Panel(Texts.get("export.panel.insight", t.getText()), t.getContent()));
            }
        }
        return all;
    }

    /** Asks which panel and at what scale (Ctrl+E, File > Export > Picture), then where. */
    void picture() {
        PictureDialog.ask(owner, panels(), fixedPanels.get(0)).ifPresent(c -> writePicture(c.panel(), c.scale()));
    }

    private void pictureOf(Panel p) {
        PictureDialog.ask(owner, List.of(p), p).ifPresent(c -> writePicture(c.panel(), c.scale()));
    }

    private Panel selectedInsight() {
        Tab t = insights.tabs().getSelectionModel().getSelectedItem();
        return new Panel(Texts.get("export.panel.insight", t.getText()), t.getContent());
    }

    private void writePicture(Panel p, int scale) {
        // an insight view not on show is selected first, so that it is laid out when pictured
        insights.tabs().getTabs().stream().filter(t -> t.getContent() == p.node()).findFirst()
                .ifPresent(t -> insights.tabs().getSelectionModel().select(t));
        Path file = chooseTarget.apply(Pictures.fileName(p.name(), scale));
        if (file != null) {
            attempt(file, () -> Pictures.write(p.node(), scale, file));
        }
    }

    private static void offerPicture(Node node, BooleanSupplier when, Runnable action) {
        ContextMenu menu = new ContextMenu();
        MenuItem picture = new MenuItem(Texts.get("export.picture.context"), new FontIcon("mdi-file-image"));
        picture.setOnAction(e -> action.run());
        menu.getItems().add(picture);
        node.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (when.getAsBoolean()) {
                menu.show(node, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    // ---- data and code ---------------------------------------------------------------------------

    private void export(String suggested, Writer writer) {
        LiveSnapshot s = vm.snapshot().get();
        if (s == null || s.splits() == null) {
            vm.say(Texts.get("export.nothing"));
            return;
        }
        Path file = chooseTarget.apply(suggested);
        if (file != null) {
            attempt(file, () -> writer.write(file, s));
        }
    }

    private void writeConfusion(Path file, LiveSnapshot s) throws IOException {
        if (s.confusion() == null) {
            throw new IOException(Texts.get("export.confusion.none"));
        }
        ConfusionMatrixCsv.write(file, s.confusion(), s.splits().train().classNames());
    }

    /** The script trains from the weights the window starts from (the file's, or the seed's initialization). */
    private void writeScript(Path file, LiveSnapshot s) throws IOException, InvalidExperimentException {
        Experiment e = s.experiment();
        Splits raw = s.rawSplits();
        String name = vm.file().get() == null ? Texts.get("export.untitled") : String.valueOf(vm.file().get().getFileName());
        TrainingRun start = TrainingRun.start(e, raw);
        PyTorchExport.write(file, e, start.splits(), start.weights(), name, PyTorchExport.weightsOrigin(e, name));
    }

    private interface Attempt {
        void run() throws IOException, InvalidExperimentException;
    }

    private void attempt(Path file, Attempt a) {
        try {
            a.run();
            vm.say(Texts.get("export.done", file.getFileName()));
        } catch (IOException | InvalidExperimentException | RuntimeException ex) {
            String reason = ex instanceof InvalidExperimentException ie ? String.join("; ", ie.problems())
                    : String.valueOf(ex.getMessage());
            vm.say(Texts.get("export.failed", file, reason));
        }
    }

    private Path showChooser(String suggested) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Texts.get("export.chooser.title"));
        fc.setInitialFileName(suggested);
        String ext = suggested.substring(suggested.lastIndexOf('.') + 1);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(), "*." + ext));
        File f = fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }
}
