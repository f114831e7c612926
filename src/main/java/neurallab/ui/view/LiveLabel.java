package neurallab.ui.view;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Holds a label whose text changes every frame (the epoch counter, the live figures). The label is
 * unmanaged, so a new text re-lays out only the label and not the whole window; this holder takes the
 * widest text seen so far as its width and asks its parent for room only when a text is wider still
 * (or the font changes).
 */
final class LiveLabel extends Region {
    private final Label label;
    private double widest;
    private double tallest;

    LiveLabel(Label label) {
        this.label = label;
        label.setManaged(false);
        getChildren().add(label);
        label.textProperty().addListener((o, a, t) -> fit(false));
        label.fontProperty().addListener((o, a, f) -> fit(true));
    }

    private void fit(boolean reset) {
        if (reset) {
            widest = 0;
            tallest = 0;
        }
        double w = label.prefWidth(-1), h = label.prefHeight(-1);
        if (w > widest || h > tallest) {
            widest = Math.max(widest, w);
            tallest = Math.max(tallest, h);
            requestLayout();
        } else if (reset) {
            requestLayout();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        widest = Math.max(widest, label.prefWidth(-1));
        return snapSizeX(widest) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        tallest = Math.max(tallest, label.prefHeight(-1));
        return snapSizeY(tallest) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        // the text's own width wins over what was measured before (a font still changing when it was):
        // a figure overflows its holder for a frame rather than show "100…"
        double own = label.prefWidth(-1);
        if (own > widest) {
            widest = own;
            requestLayout();
        }
        label.resizeRelocate(snappedLeftInset(), snappedTopInset(), Math.max(widest, getWidth() - snappedLeftInset()
                - snappedRightInset()), Math.max(tallest, getHeight() - snappedTopInset() - snappedBottomInset()));
    }
}
