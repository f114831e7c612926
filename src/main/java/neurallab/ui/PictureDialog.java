package neurallab.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import neurallab.ui.text.Texts;

/** Asks which panel to picture and at what scale, 1× (as on screen) or 2× (twice the pixels each way). */
final class PictureDialog {
    /** The answer: this panel at this scale. */
    record Choice(ExportMenu.Panel panel, int scale) {
    }

    private PictureDialog() {
    }

    static Optional<Choice> ask(Window owner, List<ExportMenu.Panel> panels, ExportMenu.Panel preselected) {
        ChoiceBox<ExportMenu.Panel> which = new ChoiceBox<>();
        which.getItems().setAll(panels);
        which.setValue(preselected);
        which.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportMenu.Panel p) {
                return p == null ? "" : p.name();
            }

            @Override
            public ExportMenu.Panel fromString(String s) {
                throw new UnsupportedOperationException("the choice is not edited as text");
            }
        });
        ToggleGroup scales = new ToggleGroup();
        RadioButton one = new RadioButton(Texts.get("export.scale.one"));
        RadioButton two = new RadioButton(Texts.get("export.scale.two"));
        one.setToggleGroup(scales);
        two.setToggleGroup(scales);
        two.setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(Texts.get("export.picture.panel")), which);
        grid.addRow(1, new Label(Texts.get("export.picture.scale")), new HBox(12, one, two));

        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        if (owner != null && owner.getScene() != null) { // the window's theme and zoom, presenting too
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            d.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        d.setTitle(Texts.get("export.picture.title"));
        d.setHeaderText(null);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return d.showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> new Choice(which.getValue(), two.isSelected() ? 2 : 1));
    }
}
