package neurallab.ui.insight;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import neurallab.engine.LayerParameters;
import neurallab.session.insight.BoundaryHistory;
import neurallab.ui.text.Texts;

/**
 * Replays the decision boundary: a slider over the kept epochs; the boundary picture of the nearest
 * snapshot comes from a renderer the window supplies (weights → size × size ARGB, painted as the output view
 * paints), with a line saying what the colours mean.
 */
public final class BoundaryHistoryView extends BorderPane {
    private final BoundaryHistory model;
    private final Function<List<LayerParameters>, int[]> renderer;
    private final int size;
    private final WritableImage image;
    private final Slider slider = new Slider(0, 1, 1);
    private final Label epoch = new Label();

    /** With the legend of the picture's colours (the same as the output view's). */
    public BoundaryHistoryView(BoundaryHistory model, int size,
                               Function<List<LayerParameters>, int[]> renderer, String legend) {
        this.model = model;
        this.size = size;
        this.renderer = renderer;
        this.image = new WritableImage(size, size);
        Label title = new Label(Texts.get("insight.history.title"));
        title.getStyleClass().add("insight-title");
        epoch.getStyleClass().add("insight-text");
        Label key = new Label(legend);
        key.setId("history-legend");
        key.getStyleClass().add("insight-text");
        key.setWrapText(true);
        epoch.setId("history-epoch");
        slider.setId("history-slider");
        ImageView view = new ImageView(image);
        view.setFitWidth(360);
        view.setFitHeight(360);
        view.setSmooth(false);
        slider.valueProperty().addListener(o -> show());
        setTop(title);
        setCenter(view);
        setBottom(new VBox(8, slider, epoch, key));
        setPadding(new Insets(10));
        refresh();
    }

    /** Updates the slider's range to the kept epochs (keeping it at the end if it was there). */
    public void refresh() {
        if (model.size() == 0) {
            epoch.setText(Texts.get("insight.history.none"));
            return;
        }
        boolean atEnd = slider.getValue() >= slider.getMax();
        long last = model.snapshots().get(model.size() - 1).epoch();
        slider.setMax(Math.max(1, last));
        if (atEnd) {
            slider.setValue(slider.getMax());
        }
        show();
    }

    private void show() {
        BoundaryHistory.Snapshot s = model.nearest(Math.round(slider.getValue()));
        if (s == null) {
            return;
        }
        int[] argb = renderer.apply(s.weights());
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
        epoch.setText(Texts.get("insight.history.epoch", s.epoch(), model.size(), model.interval()));
    }
}
