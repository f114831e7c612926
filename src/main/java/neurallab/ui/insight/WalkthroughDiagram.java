package neurallab.ui.insight;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import neurallab.session.insight.BackpropWalkthrough;
import neurallab.session.insight.BackpropWalkthrough.Highlight;
import neurallab.session.insight.BackpropWalkthrough.Step;
import neurallab.ui.text.Texts;

/**
 * The walkthrough's drawing of the network: one column per layer, the inputs named as the network view names
 * them, every link faint (when there are not too many) and the step's units and links lit in its colour.
 */
final class WalkthroughDiagram {
    /** More links than this are drawn only when highlighted (a 512×512 layer would hide everything). */
    private static final int ALL_LINKS = 4000;

    private final GraphicsContext g;
    private final Look look;
    private final int[] widths;
    private final double top;
    private final double bottom;
    private final double left;
    private final double gap;
    private final double r;

    private WalkthroughDiagram(Canvas canvas, Look look, BackpropWalkthrough model) {
        this.g = canvas.getGraphicsContext2D();
        this.look = look;
        this.widths = model.widths();
        double fs = look.fontSize();
        top = 2.2 * fs;
        bottom = canvas.getHeight() - 10;
        int largest = 1;
        for (int n : widths) {
            largest = Math.max(largest, n);
        }
        r = Math.max(1.5, Math.min(16, (bottom - top) / (2.6 * largest)));
        double names = 0;
        for (int i = 0; i < widths[0] && spacing(0) >= fs; i++) {
            names = Math.max(names, InsightPane.textWidth(model.inputName(i), look.smallFont()));
        }
        // the names left of the input column: their width, the gap, and a lit unit's radius
        left = Math.max(2 * fs, names + r + 12);
        gap = (canvas.getWidth() - left - 2 * fs) / Math.max(1, widths.length - 1);
    }

    static void draw(Canvas canvas, Look look, BackpropWalkthrough model, Step step, Color colour) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(look.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() < 50 || canvas.getHeight() < 50) {
            return;
        }
        WalkthroughDiagram d = new WalkthroughDiagram(canvas, look, model);
        Highlight lit = model.highlight(step);
        d.headings();
        d.links(lit, colour);
        d.units(model, lit, colour);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void headings() {
        g.setFont(look.smallFont());
        g.setFill(look.muted());
        g.setTextAlign(TextAlignment.CENTER);
        // short headings when the columns stand closer than a long one is wide
        boolean roomy = widths.length < 2
                || gap > InsightPane.textWidth(Texts.get("insight.diagram.layer", 10), look.smallFont()) + 8;
        for (int c = 0; c < widths.length; c++) {
            String heading = c == 0 ? Texts.get(roomy ? "insight.diagram.inputs" : "insight.diagram.in")
                    : c == widths.length - 1 ? Texts.get(roomy ? "insight.diagram.output" : "insight.diagram.out")
                    : Texts.get(roomy ? "insight.diagram.layer" : "insight.diagram.layerShort", c);
            g.fillText(heading, x(c), 1.3 * look.fontSize());
        }
    }

    // all links faint (when not too many), then the lit ones on top
    private void links(Highlight lit, Color colour) {
        long links = 0;
        for (int c = 0; c + 1 < widths.length; c++) {
            links += (long) widths[c] * widths[c + 1];
        }
        g.setLineWidth(1);
        g.setStroke(look.grid());
        for (int c = 0; c + 1 < widths.length && links <= ALL_LINKS; c++) {
            for (int i = 0; i < widths[c]; i++) {
                for (int j = 0; j < widths[c + 1]; j++) {
                    g.strokeLine(x(c), y(i, c), x(c + 1), y(j, c + 1));
                }
            }
        }
        g.setStroke(colour);
        g.setLineWidth(3.5);
        for (int[] k : lit.links()) {
            g.strokeLine(x(k[0]), y(k[1], k[0]), x(k[0] + 1), y(k[2], k[0] + 1));
        }
    }

    // each unit a circle (lit ones larger, in the step's colour); inputs named to their left, units inside if room
    private void units(BackpropWalkthrough model, Highlight lit, Color colour) {
        Font inside = Font.font("System", Math.max(9, Math.min(13, r * 0.9)));
        g.setTextBaseline(VPos.CENTER);
        for (int c = 0; c < widths.length; c++) {
            boolean named = c == 0 && spacing(0) >= look.fontSize();
            for (int i = 0; i < widths[c]; i++) {
                boolean on = lit.hasUnit(c, i);
                double cx = x(c);
                double cy = y(i, c);
                double rr = on ? Math.max(r, 5) : r;
                g.setFill(on ? colour : look.background());
                g.fillOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
                g.setStroke(on ? look.text() : look.muted());
                g.setLineWidth(on ? 2 : 1);
                g.strokeOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
                if (named) {
                    g.setFont(look.smallFont());
                    g.setFill(look.text());
                    g.setTextAlign(TextAlignment.RIGHT);
                    g.fillText(model.inputName(i), cx - rr - 4, cy);
                } else if (c > 0 && r >= 11) {
                    g.setFont(inside);
                    g.setFill(on ? look.background() : look.text());
                    g.setTextAlign(TextAlignment.CENTER);
                    g.fillText(c + "." + (i + 1), cx, cy);
                }
            }
        }
    }

    private double spacing(int column) {
        return (bottom - top) / Math.max(1, widths[column]);
    }

    private double x(int column) {
        return left + column * gap;
    }

    private double y(int i, int column) {
        return top + (bottom - top) * (i + 0.5) / widths[column];
    }
}
