package neurallab.ui.insight;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.canvas.GraphicsContext;
import neurallab.session.insight.RunComparison;
import neurallab.ui.text.Texts;

/** Loss curves of the pinned runs on one log axis over their real epochs, with each run's final boundary. */
public final class CompareRunsView extends InsightPane {
    private static final Pattern AT_EPOCH = Pattern.compile("epoch (\\d+)");
    /** A final loss as wide as most are written. */
    private static final String WIDE_LOSS = "0.000";
    private final RunComparison model;

    public CompareRunsView(RunComparison model) {
        super(Texts.get("insight.compare.title"));
        this.model = model;
        refresh();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double fs = look.fontSize();
        if (model.runs().isEmpty()) { // no axes from 0 to 0: say what fills them
            g.setFill(look.muted());
            g.setFont(look.textFont());
            g.fillText(Texts.get("insight.compare.empty"), leftMargin(), 2 * fs);
            return;
        }
        double legendW = Math.min(0.45 * width, legendWidth() + 5.5 * fs);
        double x0 = leftMargin();
        double y0 = fs;
        double w = width - x0 - legendW - fs;
        double h = height - y0 - bottomMargin();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int epochs = 1;
        for (RunComparison.PinnedRun r : model.runs()) {
            epochs = Math.max(epochs, r.epochs());
            for (int e = 0; e < r.points(); e++) {
                double v = r.loss(e);
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, Math.log10(v));
                    hi = Math.max(hi, Math.log10(v));
                }
            }
        }
        if (!(hi > lo)) {
            lo = -2;
            hi = 0;
        }
        axes(g, x0, y0, w, h, "0", Integer.toString(epochs - 1), num(Math.pow(10, lo)), num(Math.pow(10, hi)),
                Texts.get("insight.compare.xAxis"), Texts.get("insight.compare.yAxis"));
        int span = Math.max(1, epochs - 1);
        int i = 0;
        for (RunComparison.PinnedRun r : model.runs()) {
            stroke(g, i);
            g.setLineWidth(3);
            double lowest = lo;
            double highest = hi;
            logLine(g, r.points(), e -> x0 + w * r.epochOf(e) / span, r::loss, y0, h, lowest, highest);
            legendRow(g, r, i, width - legendW, y0 + i * 5.2 * fs);
            i++;
        }
        g.setLineDashes(null);
    }

    // the run's thumbnail, its line's sample, its label (what it was, then since when) and final loss
    private void legendRow(GraphicsContext g, RunComparison.PinnedRun r, int i, double lx, double ly) {
        double fs = look.fontSize();
        double thumb = 4.2 * fs;
        int size = r.thumbnailSize();
        int[] px = r.thumbnail();
        double cell = size == 0 ? 0 : thumb / size;
        for (int p = 0; p < px.length; p++) {
            g.setFill(Look.argb(px[p]));
            g.fillRect(lx + (p % size) * cell, ly + (p / size) * cell, cell + 0.5, cell + 0.5);
        }
        double tx = lx + thumb + 0.6 * fs;
        g.strokeLine(tx, ly + 0.7 * fs, tx + 2 * fs, ly + 0.7 * fs);
        g.setLineDashes(null);
        g.setFill(look.text());
        g.setFont(look.smallFont());
        String[] lines = split(r.label());
        g.fillText(lines[0], tx + 2.4 * fs, ly + fs);
        g.fillText(lines[1], tx, ly + 2.3 * fs);
        g.fillText(Texts.get("insight.compare.finalLoss", num(r.finalLoss())), tx, ly + 3.6 * fs);
    }

    // "adam η=0.03, 8-8-1, epoch 400" → "adam η=0.03, 8-8-1" and "epoch 400" in the reader's language (labels are
    // saved with the experiment in this English form, so the epoch is read back out of it)
    private static String[] split(String label) {
        int comma = label.lastIndexOf(", ");
        if (comma < 0) {
            return new String[] {label, ""};
        }
        Matcher epoch = AT_EPOCH.matcher(label.substring(comma + 2));
        return new String[] {label.substring(0, comma), epoch.matches()
                ? Texts.get("insight.compare.atEpoch", epoch.group(1)) : label.substring(comma + 2)};
    }

    private double legendWidth() {
        double widest = 0;
        for (RunComparison.PinnedRun r : model.runs()) {
            widest = Math.max(widest, textWidth(split(r.label())[0], look.smallFont()) + 2.4 * look.fontSize());
        }
        return Math.max(widest, textWidth(Texts.get("insight.compare.finalLoss", WIDE_LOSS), look.smallFont()));
    }
}
