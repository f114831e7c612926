package neurallab.ui.view;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.image.ImageView;
import neurallab.engine.Activation;
import neurallab.engine.LayerParameters;
import neurallab.session.Experiment;
import neurallab.session.live.GridFrame;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.render.ColorScale;
import neurallab.ui.render.LineRaster;
import neurallab.ui.render.PaintedMaps;
import neurallab.ui.render.Raster;
import neurallab.ui.viewmodel.Appearance;

/**
 * The network view's links and its hidden and output neurons' maps, painted into one opaque image below
 * the layer headers: the software pipeline then repaints one image per frame instead of dozens of scaled
 * ones, and the headers' controls stay outside the dirty region. Links are coloured by sign and
 * thickened by |weight|; between two wide columns only the strongest are drawn unless all are asked for.
 */
final class LinkPainter {
    /** A pair of columns with more drawn links than this is wide: a hairball unless thinned out. */
    static final int WIDE = 256;
    /** A wide pair draws this many links per neuron of its larger column, the strongest ones. */
    static final int STRONGEST_PER_NEURON = 2;
    private static final long LINK_BUDGET_NANOS = 4_000_000L;

    private final Appearance appearance;
    private final BooleanSupplier discretize;
    private final List<NetworkColumn> columns;
    private final ImageView view = new ImageView();
    private PixelImage image;
    private int imageLeft;
    private int imageTop;
    /** The links alone, under the maps; a pass in steps draws the next links into linkBack. */
    private int[] linkLayer = new int[0];
    private int[] linkBack = new int[0];
    // the pass of links being drawn: its snapshot (null when none is in steps), buffer and position
    private LiveSnapshot linksInProgress;
    private int[] linkTarget;
    private int nextColumn;
    private int nextSource;
    private double[] hotLine;
    /** Per column: the |w| below which its incoming links are left out (0: all drawn). */
    private double[] thresholds = new double[0];
    private double[] magnitudes = new double[0];
    /** The snapshot whose weights linkLayer shows (null: none yet). */
    private LiveSnapshot linksDrawnFrom;
    /** The maps as last painted while training: a turn on which neither they nor the links visibly moved paints nothing. */
    private final PaintedMaps paintedMaps = new PaintedMaps();
    private final int[] flat = new int[1];
    private int[] mapPixels = new int[0]; // one neuron's map at its size on screen
    private Experiment structure;
    private NetworkLayout.Target hovered;
    private boolean allLinks;

    LinkPainter(Appearance appearance, BooleanSupplier discretize, List<NetworkColumn> columns) {
        this.appearance = appearance;
        this.discretize = discretize;
        this.columns = columns;
        // new pixels in an image change its view's geometry; a managed view would re-lay out the window each frame
        view.setManaged(false);
        view.setSmooth(false); // drawn 1:1: no filtering
    }

    ImageView view() {
        return view;
    }

    void setStructure(Experiment structure) {
        this.structure = structure;
    }

    void setHovered(NetworkLayout.Target hovered) {
        this.hovered = hovered;
    }

    NetworkLayout.Target hovered() {
        return hovered;
    }

    /** Every link drawn (true) or, between wide columns, only the strongest (false, the default). */
    void setAllLinks(boolean all) {
        allLinks = all;
    }

    /** Whether some pair of neighbouring columns is wide enough to be thinned out. */
    boolean hasWideLinks() {
        for (int ci = 1; ci < columns.size(); ci++) {
            if (columns.get(ci - 1).frames.size() * columns.get(ci).frames.size() > WIDE) {
                return true;
            }
        }
        return false;
    }

    /** The image goes to these bounds (a new image when its size changed). */
    void place(NetworkLayout.ImageBounds b) {
        if (b.width() > 0 && b.height() > 0 && (image == null || image.width() != b.width()
                || image.height() != b.height())) {
            image = new PixelImage(b.width(), b.height());
            view.setImage(image.image());
        }
        imageLeft = b.left();
        imageTop = b.top();
        view.relocate(imageLeft, imageTop);
    }

    /** All the links of s at once into their own layer, then the maps over them. */
    void drawAll(LiveSnapshot s) {
        if (image == null) {
            return;
        }
        if (linkLayer.length != image.width() * image.height()) {
            linkLayer = new int[image.width() * image.height()];
        }
        startLinks(linkLayer, s);
        drawLinkRows(s, Long.MAX_VALUE);
        linksDrawnFrom = s;
        paintedMaps.forget();
        drawMapsOverLinks(s);
    }

    /**
     * While training, a frame draws the links only for {@value #LINK_BUDGET_NANOS} ns, into a back layer
     * that replaces the shown one once complete: a Playground net's links (a few ms) still complete in
     * every frame that draws them; a wide net's take a few frames. A pass starts only when some link would
     * look different, and the image is painted only when the links or the maps would: once the network
     * settles, most turns paint nothing.
     */
    void drawInSteps(LiveSnapshot s) {
        if (image == null) {
            return;
        }
        int n = image.width() * image.height();
        if (linkLayer.length != n) {
            drawAll(s);
            return;
        }
        if (linksInProgress == null && linksMoved(s)) {
            if (linkBack.length != n) {
                linkBack = new int[n];
            }
            startLinks(linkBack, s);
            linksInProgress = s; // the weights the whole pass draws
        }
        boolean newLinks = false;
        if (linksInProgress != null && drawLinkRows(linksInProgress, System.nanoTime() + LINK_BUDGET_NANOS)) {
            int[] done = linkBack;
            linkBack = linkLayer;
            linkLayer = done;
            linksDrawnFrom = linksInProgress;
            linksInProgress = null;
            newLinks = true;
        }
        if (mapsMoved(s) || newLinks) {
            paintedMaps.keep();
            drawMapsOverLinks(s);
        }
    }

    /**
     * Whether some link of s would be drawn visibly unlike the shown layer: another colour (sign), an
     * opacity more than one 8-bit step away, or a width more than 1/64 px away (a few levels on an
     * anti-aliased edge pixel). Compared with the weights drawn, not the last frame's, so slow drift adds up.
     */
    private boolean linksMoved(LiveSnapshot s) {
        LiveSnapshot drawn = linksDrawnFrom;
        if (drawn == null || drawn.weights().size() != s.weights().size() || hotLine != null) {
            return true; // a hovered link is drawn on top by every pass
        }
        for (int l = 0; l < s.weights().size(); l++) {
            double[][] now = s.weights().get(l).kernel(), before = drawn.weights().get(l).kernel();
            if (now.length != before.length) {
                return true;
            }
            for (int i = 0; i < now.length; i++) {
                if (now[i].length != before[i].length) {
                    return true;
                }
                for (int j = 0; j < now[i].length; j++) {
                    double a = now[i][j], b = before[i][j];
                    if ((a >= 0) != (b >= 0) || !(Math.abs(linkAlpha(a) - linkAlpha(b)) <= PaintedMaps.STEP)
                            || !(Math.abs(linkWidth(a) - linkWidth(b)) <= 1.0 / 64)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the maps of s would be painted visibly unlike the last ones (flat bias colours always repaint). */
    private boolean mapsMoved(LiveSnapshot s) {
        GridFrame g = s.grid();
        paintedMaps.begin(discretize.getAsBoolean());
        if (g == null) {
            return true;
        }
        for (int ci = 1; ci < columns.size(); ci++) {
            NetworkColumn c = columns.get(ci);
            if (hasMaps(c, s)) {
                paintedMaps.add(g.outputs()[c.layer], 0, c.frames.size() * g.cells(), s.activations().get(c.layer));
            }
        }
        return paintedMaps.moved();
    }

    // a new pass of links into this buffer, from the first link (an unfinished pass in steps is dropped)
    private void startLinks(int[] target, LiveSnapshot s) {
        Arrays.fill(target, appearance.theme().get().background()); // opaque: the panel
        linkTarget = target;
        nextColumn = 1;
        nextSource = 0;
        hotLine = null;
        linksInProgress = null;
        thresholds = new double[columns.size()];
        for (int ci = 1; s != null && !allLinks && ci < columns.size(); ci++) {
            thresholds[ci] = threshold(columns.get(ci - 1), columns.get(ci), s);
        }
    }

    /** The |w| of the weakest link kept between two columns: the strongest few per neuron of the wider one. */
    private double threshold(NetworkColumn from, NetworkColumn to, LiveSnapshot s) {
        int drawn = from.frames.size() * to.frames.size();
        if (drawn <= WIDE || to.layer >= s.weights().size()) {
            return 0;
        }
        double[][] kernel = s.weights().get(to.layer).kernel();
        if (magnitudes.length < drawn) {
            magnitudes = new double[drawn];
        }
        int n = 0;
        for (int si = 0; si < from.frames.size(); si++) {
            int fi = from.kernelRow(si, structure);
            for (int j = 0; fi >= 0 && fi < kernel.length && j < to.frames.size() && j < kernel[fi].length; j++) {
                magnitudes[n++] = Math.abs(kernel[fi][j]);
            }
        }
        int keep = STRONGEST_PER_NEURON * Math.max(from.frames.size(), to.frames.size());
        if (n <= keep) {
            return 0;
        }
        Arrays.sort(magnitudes, 0, n);
        return magnitudes[n - keep];
    }

    /** Draws the links of s source by source from where the pass stands, until the deadline; true when all are drawn. */
    private boolean drawLinkRows(LiveSnapshot s, long deadline) {
        if (s == null || s.weights().isEmpty() || columns.size() < 2) {
            return true;
        }
        for (; nextColumn < columns.size(); nextColumn++, nextSource = 0) {
            NetworkColumn to = columns.get(nextColumn);
            NetworkColumn from = columns.get(nextColumn - 1);
            if (to.layer >= s.weights().size() || !from.placed() || !to.placed()) {
                continue; // not laid out yet: the next layout redraws everything
            }
            double[][] kernel = s.weights().get(to.layer).kernel();
            for (; nextSource < from.frames.size(); nextSource++) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                int fi = from.kernelRow(nextSource, structure);
                if (fi >= 0 && fi < kernel.length) {
                    drawSource(from, to, nextSource, kernel[fi], fi, thresholds[nextColumn]);
                }
            }
        }
        if (hotLine != null) {
            LineRaster.line(linkTarget, image.width(), image.height(), hotLine[0], hotLine[1], hotLine[2], hotLine[3],
                    Math.max(5, linkWidth(hotLine[4]) * appearance.lineScale() + 2), hotLine[4] >= 0 ? ColorScale.BLUE : ColorScale.ORANGE, 1);
        }
        return true;
    }

    // the links from drawn neuron si of one column (kernel row fi) to the next, those of |w| ≥ threshold
    private void drawSource(NetworkColumn from, NetworkColumn to, int si, double[] row, int fi, double threshold) {
        double xa = from.outX() - imageLeft, ya = from.ys[si] - imageTop;
        for (int j = 0; j < to.frames.size() && j < row.length; j++) {
            double wt = row[j];
            double xb = to.inX() - imageLeft, yb = to.ys[j] - imageTop;
            if (hovered != null && !hovered.isNeuron() && hovered.layer() == to.layer
                    && hovered.input() == fi && hovered.unit() == j) {
                hotLine = new double[] {xa, ya, xb, yb, wt}; // drawn last, over the others
            } else if (Math.abs(wt) >= threshold) {
                LineRaster.line(linkTarget, image.width(), image.height(), xa, ya, xb, yb, linkWidth(wt) * appearance.lineScale(),
                        wt >= 0 ? ColorScale.BLUE : ColorScale.ORANGE, linkAlpha(wt));
            }
        }
    }

    /** The maps over the links last drawn, into the network's image. */
    private void drawMapsOverLinks(LiveSnapshot s) {
        PixelImage img = image;
        int w = img.width(), h = img.height();
        if (linkLayer.length != w * h) {
            drawAll(s); // the image has a new size: its links come first
            return;
        }
        System.arraycopy(linkLayer, 0, img.pixels(), 0, w * h);
        if (s != null && !s.weights().isEmpty() && columns.size() >= 2) {
            drawMaps(s, img.pixels(), w, h);
        }
        img.publish(); // every pixel is opaque, so premultiplied and straight ARGB agree
    }

    /** Whether a hidden or output column's maps are painted from s: its layer is in s and it is laid out. */
    private static boolean hasMaps(NetworkColumn c, LiveSnapshot s) {
        return c.layer < s.weights().size() && c.placed();
    }

    /** The hidden and output neurons' maps (or flat bias colours) at their frames, into the network's image. */
    private void drawMaps(LiveSnapshot s, int[] target, int w, int h) {
        GridFrame g = s.grid();
        int neutral = appearance.theme().get().neutral();
        boolean discrete = discretize.getAsBoolean();
        for (int ci = 1; ci < columns.size(); ci++) {
            NetworkColumn c = columns.get(ci);
            if (!hasMaps(c, s)) {
                continue;
            }
            Activation act = s.activations().get(c.layer);
            int size = (int) Math.round(c.size);
            int x = (int) Math.round(c.inX()) - imageLeft;
            for (int j = 0; j < c.frames.size(); j++) {
                int y = (int) Math.round(c.ys[j] - c.size / 2) - imageTop;
                if (g != null) {
                    if (mapPixels.length < size * size) {
                        mapPixels = new int[size * size];
                    }
                    Raster.neuronScaled(g.outputs()[c.layer], j * g.cells(), g.resolution(), act, discrete, neutral,
                            mapPixels, size);
                    Raster.blit(mapPixels, size, target, w, h, x, y, size);
                } else {
                    LayerParameters p = s.weights().get(c.layer);
                    flat[0] = ColorScale.diverging(Math.tanh(p.bias()[j]), neutral);
                    Raster.blit(flat, 1, target, w, h, x, y, size);
                }
            }
        }
    }

    /** Link width from |w|: thin for small weights, capped so large ones do not swamp the picture. */
    static double linkWidth(double w) {
        return 0.6 + 1.4 * Math.min(4, Math.abs(w));
    }

    /** Link opacity from |w|: 0.35 at w = 0, rising to 0.95 from |w| = 1. */
    static double linkAlpha(double w) {
        return 0.35 + 0.6 * Math.min(1, Math.abs(w));
    }
}
