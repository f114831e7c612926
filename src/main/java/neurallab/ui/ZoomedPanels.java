package neurallab.ui;

import javafx.beans.InvalidationListener;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import neurallab.ui.view.Subscriptions;
import neurallab.ui.viewmodel.Appearance;

/**
 * The window's panels at any zoom. They fill the window, but never below about 60 × 34 lines of text:
 * a small window at a large zoom scrolls instead of squeezing the network into overlapping rows. Above
 * 100 % the panels also grow with the text, as if the window were that much larger, with the dividers
 * where they were at 100 %: the maps, the plot and the layer controls grow with the text, and zooming
 * back gives the same layout. The scroll pane is only put in while needed: drawing through it costs
 * about a third of the frame rate. While presenting the panels fit the screen instead.
 */
final class ZoomedPanels {
    private final BorderPane layout;
    private final SplitPane panels;
    private final Appearance appearance;
    private final ScrollPane scroll = new ScrollPane();
    /** The dividers' places while the panels fit the window, kept while they scroll. */
    private double[] dividers;
    /** Dividers to put back once the panels are laid out at their new size. */
    private double[] pending;

    private ZoomedPanels(BorderPane layout, SplitPane panels, Appearance appearance) {
        this.layout = layout;
        this.panels = panels;
        this.appearance = appearance;
    }

    /** Puts panels in the layout's centre (its top and bottom already set) and keeps them fitted. */
    static void install(BorderPane layout, SplitPane panels, Appearance appearance, Subscriptions subscriptions) {
        ZoomedPanels z = new ZoomedPanels(layout, panels, appearance);
        z.scroll.setFitToWidth(true);
        z.scroll.setFitToHeight(true);
        z.scroll.getStyleClass().add("data-scroll");
        panels.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs && z.pending != null) {
                double[] at = z.pending;
                z.pending = null;
                panels.setDividerPositions(at); // after the split pane has kept its fixed panel's pixels
            }
        });
        InvalidationListener fit = o -> z.fit();
        layout.setCenter(panels);
        layout.widthProperty().addListener(fit);
        layout.heightProperty().addListener(fit);
        ((Region) layout.getTop()).heightProperty().addListener(fit);
        subscriptions.listen(appearance.zoom(), fit);
    }

    private void fit() {
        Region top = (Region) layout.getTop(), bottom = (Region) layout.getBottom();
        double viewWidth = layout.getWidth() - 12, viewHeight = layout.getHeight() - top.getHeight() - bottom.getHeight() - 12;
        // presenting, the screen is the screen: the panels fit it, as tight as they may be at 100 %
        boolean presenting = appearance.presenting().get();
        double grow = presenting ? 1 : Math.max(1, appearance.zoom().get());
        double lines = presenting ? Appearance.BASE_FONT : appearance.fontSize();
        double minWidth = Math.max(60 * lines, grow > 1 ? viewWidth * grow : 0);
        double minHeight = Math.max(34 * lines, grow > 1 ? viewHeight * grow : 0);
        boolean small = layout.getWidth() > 0 && (viewWidth < minWidth || viewHeight < minHeight);
        if (small) {
            if (dividers == null) {
                dividers = panels.getDividerPositions();
            }
            panels.setMinSize(minWidth, minHeight);
            if (layout.getCenter() != scroll) {
                layout.setCenter(null);
                scroll.setContent(panels);
                layout.setCenter(scroll);
            }
            pending = dividers;
        } else if (layout.getCenter() != panels) {
            panels.setMinSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
            scroll.setContent(null);
            layout.setCenter(panels);
            pending = dividers;
            dividers = null;
        }
    }
}
