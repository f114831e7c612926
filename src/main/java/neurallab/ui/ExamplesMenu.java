package neurallab.ui;

import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import neurallab.data.DataException;
import neurallab.data.DataLoader;
import neurallab.data.Dataset;
import neurallab.engine.Seeds;
import neurallab.io.ExampleLibrary;
import neurallab.session.Experiment;
import neurallab.session.InvalidExperimentException;
import neurallab.ui.render.DataPicture;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * File > Examples: the experiments bundled with the app, each with a picture of its data and a line
 * saying what it shows. Choosing one opens it as a new untitled experiment (saving asks for a file).
 */
final class ExamplesMenu {
    /** Side of an example's picture, in pixels at 100 % zoom. */
    static final int PICTURE = 56;

    private ExamplesMenu() {
    }

    /** The submenu; open receives the chosen example's experiment. */
    static Menu create(Consumer<Experiment> open) {
        Menu menu = new Menu(Texts.get("examples.menu"), new FontIcon("mdi-school"));
        menu.setId("examplesMenu");
        ExampleLibrary library;
        try {
            library = ExampleLibrary.bundled();
        } catch (IOException e) {
            MenuItem none = new MenuItem(Texts.get("examples.none", e.getMessage()));
            none.setDisable(true);
            menu.getItems().add(none);
            return menu;
        }
        for (ExampleLibrary.Example example : library.examples()) {
            menu.getItems().add(item(library, example, open));
        }
        return menu;
    }

    private static MenuItem item(ExampleLibrary library, ExampleLibrary.Example example, Consumer<Experiment> open) {
        Experiment e;
        try {
            e = library.read(example);
        } catch (IOException | InvalidExperimentException ex) {
            MenuItem broken = new MenuItem(Texts.get("examples.unreadable", example.name(), ex.getMessage()));
            broken.setDisable(true);
            return broken;
        }
        Label name = new Label(text(example, "name", example.name()));
        name.getStyleClass().add("panel-title");
        Label line = new Label(text(example, "description", example.description()));
        line.setWrapText(true);
        line.setMaxWidth(28 * Appearance.BASE_FONT);
        line.getStyleClass().add("small");
        HBox row = new HBox(10, picture(e), new VBox(2, name, line));
        row.setId("example-" + example.file().replace(".json", ""));
        CustomMenuItem item = new CustomMenuItem(row);
        item.setOnAction(ev -> open.accept(e));
        return item;
    }

    /** The example's name or description in the window's language; as the index has it when there is no key. */
    static String text(ExampleLibrary.Example example, String what, String asIndexed) {
        String key = "example." + example.file().replace(".json", "") + "." + what;
        return Texts.has(key) ? Texts.get(key) : asIndexed;
    }

    /** The example's training data: a scatter of its first two inputs, or its first image for pixel data. */
    static ImageView picture(Experiment e) {
        int[] px;
        try {
            Dataset d = DataLoader.load(e.data(), e.problem(), Path.of("."), Seeds.derive(e.seed(), Seeds.DATA)).train();
            int side = DataPicture.imageSide(d.inputCount());
            if (side > 0) {
                int zoom = Math.max(1, PICTURE / side);
                px = DataPicture.digit(d.inputs()[0], side, zoom, 0xFFFFFFFF, 0xFF1D2330);
                return image(px, side * zoom);
            }
            px = DataPicture.scatter(d, 0, Math.min(1, d.inputCount() - 1), PICTURE, 2.2, 0xFFF2F2F2);
        } catch (DataException | RuntimeException ex) { // a picture is decoration: an example whose data cannot load still opens and says why
            px = new int[PICTURE * PICTURE];
            Arrays.fill(px, 0xFFF2F2F2);
        }
        return image(px, PICTURE);
    }

    private static ImageView image(int[] px, int side) {
        WritableImage img = new WritableImage(side, side);
        img.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(px), side);
        return new ImageView(img);
    }
}
