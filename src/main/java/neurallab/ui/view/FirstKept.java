package neurallab.ui.view;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Two nodes side by side in a row that may be too narrow for both: the second gives way whole (it is not
 * shown) before the first loses any width, and only then does the first shrink. The toolbar keeps its speed
 * choice readable on a 1024-pixel window by letting the measured speed beside it go.
 */
final class FirstKept extends Region {
    private final Node first;
    private final Node second;
    private final double gap;

    FirstKept(Node first, Node second, double gap) {
        this.first = first;
        this.second = second;
        this.gap = gap;
        getChildren().addAll(first, second);
    }

    @Override
    protected double computePrefWidth(double height) {
        return first.prefWidth(-1) + gap + second.prefWidth(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        return first.minWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(first.prefHeight(-1), second.prefHeight(-1));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        boolean both = w >= computePrefWidth(-1) - 0.5;
        second.setVisible(both);
        double firstWidth = both ? first.prefWidth(-1) : Math.max(first.minWidth(-1), Math.min(first.prefWidth(-1), w));
        layoutInArea(first, 0, 0, firstWidth, h, 0, HPos.LEFT, VPos.CENTER);
        if (both) {
            layoutInArea(second, firstWidth + gap, 0, second.prefWidth(-1), h, 0, HPos.LEFT, VPos.CENTER);
        }
    }
}
