package neurallab.ui.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import neurallab.data.Feature;
import neurallab.engine.Activation;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.session.Experiment;
import neurallab.session.live.GridFrame;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.TrainerState;
import neurallab.ui.render.ColorScale;
import neurallab.ui.render.Format;
import neurallab.ui.render.LineRaster;
import neurallab.ui.render.PaintedMaps;
import neurallab.ui.render.Raster;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.Validation;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The network: input features as a column of toggles with their own maps, hidden layers with their
 * controls, the output layer; every neuron a small map of its output over the input plane; links
 * coloured by sign and thickened by |weight|. Hovering a link or neuron shows a card with the live
 * value, the formula, and a field to type a new weight or bias.
 */
public final class NetworkView extends Region {
    /** Neurons drawn per column at most (as many as the editor allows); a "+N more" label counts the rest. */
    static final int MAX_DRAWN = Edits.MAX_NEURONS;
    /** Side of a neuron's image when there is no plane: one flat colour (its bias). */
    private static final int FLAT = 4;

    private final PlaygroundViewModel vm;
    private final Appearance appearance;
    /**
     * The links and the hidden and output neurons' maps, painted into one opaque image below the layer
     * headers: the software pipeline then repaints one image per frame instead of dozens of scaled ones,
     * and the headers' controls stay outside the dirty region.
     */
    private final ImageView links = new ImageView();
    private PixelImage linkImage;
    /** The links alone, under the maps; a pass in steps draws the next links into linkBack. */
    private int[] linkLayer = new int[0];
    private int[] linkBack = new int[0];
    private static final long LINK_BUDGET_NANOS = 4_000_000L;
    // the pass of links being drawn: its snapshot (null when none is in steps), buffer and position
    private LiveSnapshot linksInProgress;
    /** The snapshot whose weights linkLayer shows (null: none yet). */
    private LiveSnapshot linksDrawnFrom;
    /** The maps as last painted while training: a turn on which neither they nor the links visibly moved paints nothing. */
    private final PaintedMaps paintedMaps = new PaintedMaps();
    private int[] linkTarget;
    private int nextColumn;
    private int nextSource;
    private double[] hotLine;
    private int imageLeft;
    private int imageTop;
    /** Frames, labels and headers, all placed by {@link #layoutChildren}: a plain Pane would resize them to their preferred sizes. */
    private final Pane nodes = new Pane() {
        @Override
        protected void layoutChildren() {
        }
    };
    private final HBox top = new HBox(8);
    private final Label totalParams = new Label();
    private final Label layerCount = new Label();
    private final Label planeNote = new Label();
    private final VBox card = new VBox(4);
    private final PauseTransition hideCard = new PauseTransition(Duration.millis(700));
    private final int[] pixels = new int[PlaygroundViewModel.GRID * PlaygroundViewModel.GRID];
    private int[] mapPixels = new int[0]; // one hidden neuron's map at its size on screen
    private final List<Column> columns = new ArrayList<>();
    private final List<VBox> headers = new ArrayList<>();
    private LiveSnapshot shown;
    private Experiment structure;
    private Target hovered;
    private Label cardValue;
    private Label cardFormula;
    private TextField cardField;
    private boolean pinned;
    private long lastGeometry;
    private final ViewTurn turn = new ViewTurn(ViewTurn.Turn.NETWORK);

    /** One column of neurons: inputs (layer −1), hidden layers, output. */
    private static final class Column {
        final int layer;
        final List<Region> frames = new ArrayList<>();
        final List<WritableImage> images = new ArrayList<>();
        final List<Feature> features = new ArrayList<>();
        int units;
        Label more; // "+N more" under a column with more units than are drawn, else null
        double x;
        double[] ys = new double[0];
        double size;

        Column(int layer) {
            this.layer = layer;
        }
    }

    /** What the mouse is over: a neuron (input < 0) or a link. */
    private record Target(int layer, int input, int unit) {
        boolean isNeuron() {
            return input < 0;
        }
    }

    public NetworkView(PlaygroundViewModel vm, Appearance appearance) {
        this.vm = vm;
        this.appearance = appearance;
        getStyleClass().addAll("panel", "network-view");
        setId("networkView");
        Button addLayer = ToolbarView.iconButton("mdi-plus", "addLayerButton", "Add a hidden layer");
        addLayer.setOnAction(e -> vm.addLayer());
        Button removeLayer = ToolbarView.iconButton("mdi-minus", "removeLayerButton", "Remove the last hidden layer");
        removeLayer.setOnAction(e -> vm.removeLayer());
        Label title = new Label("NETWORK");
        title.getStyleClass().add("panel-title");
        layerCount.setId("layerCount");
        totalParams.getStyleClass().add("muted");
        totalParams.setId("totalParams");
        planeNote.getStyleClass().add("muted");
        planeNote.setMinWidth(0); // cut first when the title row is narrow (a large zoom): the tooltip keeps it whole
        LazyTooltip.install(planeNote, "The data is not a 2-D plane, so a neuron has no map over it: each shows its "
                + "bias b as a colour (orange negative, blue positive)");
        for (Label l : List.of(title, layerCount, totalParams)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        top.getChildren().addAll(title, addLayer, removeLayer, layerCount, totalParams, planeNote);
        top.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("hover-card");
        card.setId("hoverCard");
        card.setVisible(false);
        card.setManaged(false);
        card.setMouseTransparent(true); // a hover card is read-only; a click on a link or neuron pins it for editing
        hideCard.setOnFinished(e -> hideCardNow());
        nodes.setPickOnBounds(false);
        // new pixels in an image change its view's geometry; a managed view would re-lay out the window each frame
        links.setManaged(false);
        links.setSmooth(false); // drawn 1:1: no filtering
        // placed by layoutChildren() too; unmanaged, a layout request inside (a header's combo, a label) stops here
        // instead of re-laying out the whole window
        nodes.setManaged(false);
        getChildren().addAll(links, nodes, top, card);
        setOnMouseMoved(this::hover);
        setOnMouseClicked(this::click);
        vm.experiment().addListener((o, a, e) -> rebuildIfNeeded(e));
        appearance.theme().addListener((o, a, t) -> {
            shown = null;
            rebuildIfNeeded(vm.experiment().get());
        });
        rebuildIfNeeded(vm.experiment().get());
    }

    // ---- structure -----------------------------------------------------------------------------

    private void rebuildIfNeeded(Experiment e) {
        LiveSnapshot s = vm.snapshot().get();
        if (structure != null && structure.layers().equals(e.layers()) && structure.features().equals(e.features())
                && shown != null) {
            return;
        }
        structure = e;
        hideCardNow();
        columns.clear();
        headers.clear();
        nodes.getChildren().clear();
        boolean planar = !e.features().isEmpty();
        int inputs = planar ? Feature.values().length : s != null && s.splits() != null ? s.splits().train().inputCount() : 0;
        Column in = new Column(-1);
        in.units = inputs;
        for (int i = 0; i < Math.min(inputs, MAX_DRAWN); i++) {
            Feature f = planar ? Feature.values()[i] : null;
            in.features.add(f);
            addNeuron(in, planar, f == null ? inputName(s, i) : f.id(), f != null && !e.features().contains(f));
        }
        if (planar) {
            for (int i = 0; i < in.images.size(); i++) {
                drawFeature(in.features.get(i), in.images.get(i));
            }
        }
        columns.add(in);
        addMoreLabel(in, "inputs");
        List<Integer> params = Edits.parameterCounts(e, planar ? e.features().size() : Math.max(inputs, 1));
        for (int l = 0; l < e.layers().size(); l++) {
            LayerSpec spec = e.layers().get(l);
            Column c = new Column(l);
            c.units = spec.units();
            for (int j = 0; j < Math.min(spec.units(), MAX_DRAWN); j++) {
                addNeuron(c, planar, null, false);
            }
            columns.add(c);
            addMoreLabel(c, "neurons");
            VBox header = l < e.layers().size() - 1 ? header(l, spec, params.get(l)) : outputHeader(spec, params.get(l));
            headers.add(header);
            nodes.getChildren().add(header);
        }
        int total = params.stream().mapToInt(Integer::intValue).sum();
        int hidden = e.layers().size() - 1;
        layerCount.setText(hidden + (hidden == 1 ? " hidden layer" : " hidden layers"));
        totalParams.setText(Format.count(total) + " parameters");
        planeNote.setText(planar ? "" : "not 2-D: neurons show their bias");
        planeNote.setVisible(!planar);
        planeNote.setManaged(!planar);
        shown = null;
        lastGeometry = 0; // new columns, maybe with the same geometry: the next layout draws their links
        requestLayout();
        if (s != null) {
            update(s);
        }
    }

    private void addMoreLabel(Column c, String what) {
        int hidden = c.units - c.frames.size();
        if (hidden <= 0) {
            return;
        }
        c.more = new Label("+" + hidden + " more");
        c.more.getStyleClass().addAll("small", "muted");
        LazyTooltip.install(c.more, "This column has " + c.units + " " + what + "; the first " + c.frames.size()
                + " are drawn, with their links. Every one of them trains.");
        nodes.getChildren().add(c.more);
    }

    private static String inputName(LiveSnapshot s, int i) {
        if (s != null && s.splits() != null && i < s.splits().train().inputNames().size()) {
            return s.splits().train().inputNames().get(i);
        }
        return "x" + (i + 1);
    }

    private void addNeuron(Column c, boolean planar, String label, boolean off) {
        Pane frame = new Pane();
        frame.getStyleClass().add("neuron-frame");
        if (c.layer < 0) {
            // inputs never change while training: each keeps its own small image (and the "off" opacity)
            int res = PlaygroundViewModel.GRID;
            WritableImage img = new WritableImage(planar ? res : FLAT, planar ? res : FLAT);
            ImageView view = new ImageView(img);
            view.setSmooth(Boolean.getBoolean("neurallab.smooth"));
            view.setPreserveRatio(false);
            frame.getChildren().add(view);
            view.fitWidthProperty().bind(frame.widthProperty());
            view.fitHeightProperty().bind(frame.heightProperty());
            c.images.add(img);
            frame.getStyleClass().add("feature");
            if (off) {
                frame.getStyleClass().add("off");
            }
            Label name = new Label(label);
            name.getStyleClass().add("small");
            name.setMouseTransparent(true);
            name.setId("featureLabel-" + label);
            frame.getProperties().put("label", name);
            nodes.getChildren().add(name);
            Feature f = c.features.isEmpty() ? null : c.features.get(c.features.size() - 1);
            if (f != null) {
                frame.setId("feature-" + f.id());
                frame.setOnMouseClicked(e -> vm.toggleFeature(f));
                LazyTooltip.install(frame, f.id() + ": click to " + (off ? "use" : "stop using") + " this input");
            }
        } else {
            frame.getStyleClass().add("drawn"); // its map is painted into the network's image
            frame.setId("neuron-" + c.layer + "-" + c.frames.size());
        }
        c.frames.add(frame);
        nodes.getChildren().add(frame);
    }

    private VBox header(int layer, LayerSpec spec, int params) {
        Button plus = ToolbarView.iconButton("mdi-plus", "addNeuron-" + layer, "Add a neuron to this layer");
        plus.setOnAction(e -> vm.addNeuron(layer));
        Button minus = ToolbarView.iconButton("mdi-minus", "removeNeuron-" + layer, "Remove a neuron from this layer");
        minus.setOnAction(e -> vm.removeNeuron(layer));
        for (Button b : List.of(plus, minus)) {
            b.setMinWidth(0);
            b.setMinHeight(0);
            b.setStyle("-fx-min-width: 1.6em; -fx-min-height: 1.6em; -fx-padding: 0.1em 0.25em;");
        }
        HBox buttons = new HBox(2, plus, minus);
        buttons.setAlignment(Pos.CENTER);
        Label units = new Label(spec.units() + (spec.units() == 1 ? " neuron" : " neurons"));
        units.getStyleClass().add("small");
        Labelled.Combo<Activation> act = Labelled.combo(
                Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX).toList(),
                Activation::id, a -> vm.setLayerActivation(layer, a));
        act.show(spec.activation());
        act.setId("activation-" + layer);
        LazyTooltip.install(act, "This layer's activation: a = f(z), z = w·x + b");
        act.setMaxWidth(Double.MAX_VALUE);
        act.setMinWidth(0);
        act.setPrefWidth(40);
        TextField dropout = new TextField(Format.exact(spec.dropout()));
        dropout.setPrefColumnCount(2);
        dropout.setMinWidth(0);
        dropout.setId("dropout-" + layer);
        Tooltip dropTip = new Tooltip("Dropout p: in training each output is zeroed with probability p. "
                + "Allowed: ≥ 0 and < 1. Applied at the next mini-batch.");
        dropout.setTooltip(dropTip);
        dropout.textProperty().addListener((o, a, t) -> markField(dropout, Validation.dropout(t).error(), dropTip));
        dropout.setOnAction(e -> markField(dropout, vm.setDropout(layer, dropout.getText()), dropTip));
        dropout.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                markField(dropout, vm.setDropout(layer, dropout.getText()), dropTip);
            }
        });
        Label dropLabel = new Label("drop");
        dropLabel.getStyleClass().add("small");
        dropLabel.setMinWidth(0);
        HBox dropBox = new HBox(3, dropLabel, dropout);
        dropBox.setAlignment(Pos.CENTER);
        CheckBox bn = new CheckBox("BN");
        bn.setSelected(spec.batchNorm());
        bn.setId("batchNorm-" + layer);
        LazyTooltip.install(bn, "Batch norm: ẑ = (z − μ_B)/√(σ²_B + 1e-5), out = γẑ + β");
        bn.setOnAction(e -> vm.setLayerBatchNorm(layer, bn.isSelected()));
        bn.getStyleClass().add("small");
        Label p = new Label(Format.count(params) + " params");
        p.getStyleClass().addAll("small", "muted");
        LazyTooltip.install(p, "fanIn × units weights + units biases" + (spec.batchNorm() ? " + 2 × units (γ, β)" : ""));
        for (Label l : List.of(units, p)) {
            l.setMinWidth(0);
        }
        VBox box = new VBox(2, buttons, units, act, dropBox, bn, p);
        box.setMinWidth(0);
        // narrow columns (many layers, large zoom): keep +/−, the count and the activation only
        box.widthProperty().addListener((o, a, wd) -> {
            boolean compact = wd.doubleValue() < 6.2 * appearance.fontSize();
            if (compact == act.getStyleClass().contains("compact") && box.getProperties().containsKey("compact")) {
                return; // unchanged: no style or layout churn
            }
            box.getProperties().put("compact", compact);
            requestLayout(); // the header's height changes: the maps below move (headers are laid out here, unmanaged)
            for (Node n : List.of(dropBox, bn, p)) {
                n.setVisible(!compact);
                n.setManaged(!compact);
            }
            act.getStyleClass().remove("compact");
            if (compact) {
                act.getStyleClass().add("compact");
            }
            units.setText(compact ? Integer.toString(spec.units()) : spec.units() + (spec.units() == 1 ? " neuron" : " neurons"));
        });
        LazyTooltip.install(box, "Layer " + (layer + 1) + ": " + spec.units() + " neurons, " + spec.activation().id()
                + ", dropout " + spec.dropout() + (spec.batchNorm() ? ", batch norm" : "") + ", " + params + " parameters");
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("layer-header");
        return box;
    }

    private VBox outputHeader(LayerSpec spec, int params) {
        Label t = new Label("output");
        t.getStyleClass().add("small");
        Label a = new Label(spec.units() + " × " + spec.activation().id());
        a.getStyleClass().addAll("small", "muted");
        Label p = new Label(Format.count(params) + " params");
        p.getStyleClass().addAll("small", "muted");
        for (Label l : List.of(t, a, p)) {
            l.setMinWidth(0);
            l.setWrapText(true);
            l.setTextAlignment(TextAlignment.CENTER);
        }
        VBox box = new VBox(2, t, a, p);
        box.setMinWidth(0);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("layer-header");
        return box;
    }

    private static void markField(TextField f, String error, Tooltip tip) {
        f.getStyleClass().remove("invalid");
        if (error != null) {
            f.getStyleClass().add("invalid");
            tip.setText(error);
        }
    }

    // ---- layout ----------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        double x0 = in.getLeft(), y0 = in.getTop();
        double em = appearance.fontSize();
        double topH = top.prefHeight(w);
        top.resizeRelocate(x0, y0, w, topH);
        double labelW = 5.2 * em;
        int n = columns.size();
        double left = x0 + labelW;
        double right = x0 + w - em;
        double spacing = n > 1 ? (right - left) / (n - 1) : 0;
        // columns evenly spaced between the first and the last map's centre; each column's maps as large as
        // its count allows (64 neurons on a 768-pixel laptop screen still get a few pixels each)
        double largest = Math.max(4, Math.min(spacing * 0.4, 4.2 * em));
        double firstX = left + largest / 2, lastX = right - largest / 2;
        double step = n > 1 ? (lastX - firstX) / (n - 1) : 0;
        // headers as high as their text needs at the width they get ("1 × sigmoid" wraps in a narrow column)
        double hw = Math.max(largest, Math.min(step - 6, 8.5 * em));
        double headerH = 0;
        for (VBox hdr : headers) {
            headerH = Math.max(headerH, hdr.prefHeight(hw));
        }
        double areaTop = y0 + topH + 6 + headerH + 6;
        double moreH = columns.stream().anyMatch(c -> c.more != null) ? 1.4 * em : 0;
        double areaH = Math.max(20, y0 + h - areaTop - 4 - moreH);
        double sizes = 0;
        for (int ci = 0; ci < n; ci++) {
            Column c = columns.get(ci);
            double cx = firstX + ci * step;
            int m = c.frames.size();
            double size = Math.max(4, Math.min(largest, areaH / Math.max(1, m) * 0.8));
            c.x = cx;
            c.size = size;
            sizes += size;
            double gap = m > 1 ? Math.min(size * 1.3, (areaH - size) / (m - 1)) : 0;
            double total = size + gap * (m - 1);
            double start = areaTop + Math.max(0, (areaH - total) / 2);
            c.ys = new double[m];
            double labelH = 0;
            for (Region f : c.frames) {
                if (f.getProperties().get("label") instanceof Label l) {
                    labelH = Math.max(labelH, l.prefHeight(-1));
                }
            }
            int every = gap > 0 ? (int) Math.ceil(labelH / gap) : 1; // names that would overlap: every k-th only
            for (int j = 0; j < m; j++) {
                double y = start + j * gap;
                c.ys[j] = y + size / 2;
                Region f = c.frames.get(j);
                f.resizeRelocate(cx - size / 2, y, size, size);
                Object lbl = f.getProperties().get("label");
                if (lbl instanceof Label l) {
                    double lw = Math.min(labelW - 4, l.prefWidth(-1));
                    l.resizeRelocate(cx - size / 2 - lw - 4, y + (size - l.prefHeight(-1)) / 2, lw, l.prefHeight(-1));
                    l.setVisible(j % Math.max(1, every) == 0);
                }
            }
            if (c.more != null) {
                double mw = c.more.prefWidth(-1);
                c.more.resizeRelocate(cx - mw / 2, start + total + 0.2 * em, mw, c.more.prefHeight(-1));
            }
            if (ci > 0) {
                VBox hdr = headers.get(ci - 1);
                double hx = Math.max(x0, Math.min(cx - hw / 2, x0 + w - hw));
                hdr.resizeRelocate(hx, y0 + topH + 6, hw, headerH);
                if (!(hdr.getClip() instanceof Rectangle clip)) {
                    hdr.setClip(new Rectangle(0, 0, hw, headerH));
                } else if (clip.getWidth() != hw || clip.getHeight() != headerH) {
                    clip.setWidth(hw);
                    clip.setHeight(headerH);
                }
            }
        }
        // the image spans only the maps and the links between them: the headers and the inputs' names stay
        // outside the region repainted every frame
        double mapsTop = areaTop + areaH, mapsBottom = areaTop;
        for (Column c : columns) {
            if (c.ys.length > 0) {
                mapsTop = Math.min(mapsTop, c.ys[0] - c.size / 2);
                mapsBottom = Math.max(mapsBottom, c.ys[c.ys.length - 1] + c.size / 2);
            }
        }
        imageLeft = (int) Math.floor(Math.max(x0, left - 2));
        imageTop = (int) Math.floor(Math.max(y0, Math.min(mapsTop, mapsBottom) - 2));
        int lw = (int) Math.ceil(Math.min(x0 + w, right + 2)) - imageLeft;
        int lh = (int) Math.ceil(Math.min(y0 + h, Math.max(mapsTop, mapsBottom) + 2)) - imageTop;
        if (lw > 0 && lh > 0 && (linkImage == null || linkImage.width() != lw || linkImage.height() != lh)) {
            linkImage = new PixelImage(lw, lh);
            links.setImage(linkImage.image());
        }
        links.relocate(imageLeft, imageTop);
        nodes.resizeRelocate(0, 0, getWidth(), getHeight());
        // links follow the geometry; per frame they are redrawn by update()
        long geometry = Double.hashCode(getWidth()) * 31L + Double.hashCode(getHeight()) * 17L + columns.size() * 7L
                + Double.hashCode(sizes) + imageTop * 131L; // new columns reset lastGeometry
        if (geometry != lastGeometry) {
            lastGeometry = geometry;
            drawLinks();
        }
    }

    // ---- per frame ---------------------------------------------------------------------------------

    /** Updates the maps, the links and an open card from a new snapshot. */
    public void update(LiveSnapshot s) {
        if (s.experiment() != null && structure != null && (!structure.layers().equals(s.experiment().layers())
                || !structure.features().equals(s.experiment().features()))) {
            return; // the trainer has not rebuilt yet; the next snapshot will match
        }
        shown = s;
        if (structure != null && structure.features().isEmpty() && s.splits() != null && !columns.isEmpty()
                && columns.get(0).units != s.splits().train().inputCount()) {
            Experiment e = structure;
            structure = null;
            rebuildIfNeeded(e); // the input names and count come with the loaded data
            return;
        }
        if (!turn.repaints(s)) {
            refreshCard(); // while training the next snapshot comes next frame: maps and links on every third
            return;        // snapshot, the output and the chart on the others, so a frame paints one large image
        }
        if (s.state() == TrainerState.PLAYING) {
            drawLinksInSteps(s);
        } else {
            drawLinks();
        }
        refreshCard();
    }

    /** Whether a hidden or output column's maps are painted from s: its layer is in s and it is laid out. */
    private static boolean hasMaps(Column c, LiveSnapshot s) {
        return c.layer < s.weights().size() && c.ys.length == c.frames.size();
    }

    /** The hidden and output neurons' maps (or flat bias colours) at their frames, into the network's image. */
    private void drawMaps(LiveSnapshot s, int[] linkPixels, int w, int h) {
        GridFrame g = s.grid();
        int neutral = appearance.theme().get().neutral();
        boolean discretize = vm.discretize().get();
        for (int ci = 1; ci < columns.size(); ci++) {
            Column c = columns.get(ci);
            if (!hasMaps(c, s)) {
                continue;
            }
            Activation act = s.activations().get(c.layer);
            int size = (int) Math.round(c.size);
            int x = (int) Math.round(c.x - c.size / 2) - imageLeft;
            for (int j = 0; j < c.frames.size(); j++) {
                int y = (int) Math.round(c.ys[j] - c.size / 2) - imageTop;
                if (g != null) {
                    if (mapPixels.length < size * size) {
                        mapPixels = new int[size * size];
                    }
                    Raster.neuronScaled(g.outputs()[c.layer], j * g.cells(), g.resolution(), act, discretize, neutral,
                            mapPixels, size);
                    Raster.blit(mapPixels, size, linkPixels, w, h, x, y, size);
                } else {
                    double b = s.weights().get(c.layer).bias()[j];
                    pixels[0] = ColorScale.diverging(Math.tanh(b), neutral);
                    Raster.blit(pixels, 1, linkPixels, w, h, x, y, size);
                }
            }
        }
    }

    private void drawFeature(Feature f, WritableImage img) {
        int res = (int) img.getWidth();
        double step = 12.0 / res;
        double scale = switch (f) {
            case X1, X2 -> 6;
            case X1_SQUARED, X2_SQUARED, X1_TIMES_X2 -> 36;
            default -> 1;
        };
        int neutral = appearance.theme().get().neutral();
        for (int r = 0; r < res; r++) {
            for (int c = 0; c < res; c++) {
                double x1 = -6 + (c + 0.5) * step;
                double x2 = 6 - (r + 0.5) * step;
                double v = f.valueAt(x1, x2) / scale;
                if (f == Feature.X1_SQUARED || f == Feature.X2_SQUARED) {
                    v = 2 * v - 1;
                }
                pixels[r * res + c] = ColorScale.diverging(v, neutral);
            }
        }
        img.getPixelWriter().setPixels(0, 0, res, res, PixelFormat.getIntArgbInstance(), pixels, 0, res);
    }

    /** All the links at once into their own layer, then the maps over them. */
    private void drawLinks() {
        PixelImage img = linkImage;
        if (img == null) {
            return;
        }
        if (linkLayer.length != img.width() * img.height()) {
            linkLayer = new int[img.width() * img.height()];
        }
        startLinks(linkLayer);
        drawLinkRows(shown, Long.MAX_VALUE);
        linksDrawnFrom = shown;
        paintedMaps.forget();
        drawMapsOverLinks();
    }

    /**
     * While training, a frame draws the links only for {@value #LINK_BUDGET_NANOS} ns, into a back layer
     * that replaces the shown one once complete: a Playground net's links (a few ms) still complete in
     * every frame that draws them; the 4,736 long links of the 64-128-10 digits net (64 neurons drawn per
     * column) take a few frames.
     * A pass starts only when some link would look different, and the image is painted only when the
     * links or the maps would: once the network settles, most turns paint nothing.
     */
    private void drawLinksInSteps(LiveSnapshot s) {
        PixelImage img = linkImage;
        if (img == null) {
            return;
        }
        int n = img.width() * img.height();
        if (linkLayer.length != n) {
            drawLinks();
            return;
        }
        if (linksInProgress == null && linksMoved(s)) {
            if (linkBack.length != n) {
                linkBack = new int[n];
            }
            startLinks(linkBack);
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
            drawMapsOverLinks();
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
        paintedMaps.begin(vm.discretize().get());
        if (g == null) {
            return true;
        }
        for (int ci = 1; ci < columns.size(); ci++) {
            Column c = columns.get(ci);
            if (hasMaps(c, s)) {
                paintedMaps.add(g.outputs()[c.layer], 0, c.frames.size() * g.cells(), s.activations().get(c.layer));
            }
        }
        return paintedMaps.moved();
    }

    // a new pass of links into this buffer, from the first link (an unfinished pass in steps is dropped)
    private void startLinks(int[] target) {
        Arrays.fill(target, appearance.theme().get().background()); // opaque: the panel
        linkTarget = target;
        nextColumn = 1;
        nextSource = 0;
        hotLine = null;
        linksInProgress = null;
    }

    /** Draws the links of s source by source from where the pass stands, until the deadline; true when all are drawn. */
    private boolean drawLinkRows(LiveSnapshot s, long deadline) {
        if (s == null || s.weights().isEmpty() || columns.size() < 2) {
            return true;
        }
        int w = linkImage.width(), h = linkImage.height();
        double ox = imageLeft, oy = imageTop;
        for (; nextColumn < columns.size(); nextColumn++, nextSource = 0) {
            Column to = columns.get(nextColumn);
            Column from = columns.get(nextColumn - 1);
            if (to.layer >= s.weights().size() || from.ys.length != from.frames.size() || to.ys.length != to.frames.size()) {
                continue; // not laid out yet: the next layout redraws everything
            }
            LayerParameters p = s.weights().get(to.layer);
            for (; nextSource < from.frames.size(); nextSource++) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                int si = nextSource;
                int fi = from.layer < 0 && structure != null && !structure.features().isEmpty()
                        ? structure.features().indexOf(from.features.get(si)) : si;
                if (fi < 0 || fi >= p.kernel().length) {
                    continue;
                }
                for (int j = 0; j < to.frames.size() && j < p.kernel()[fi].length; j++) {
                    double wt = p.kernel()[fi][j];
                    double xa = from.x + from.size / 2 - ox, ya = from.ys[si] - oy;
                    double xb = to.x - to.size / 2 - ox, yb = to.ys[j] - oy;
                    if (hovered != null && !hovered.isNeuron() && hovered.layer() == to.layer
                            && hovered.input() == fi && hovered.unit() == j) {
                        hotLine = new double[] {xa, ya, xb, yb, wt}; // drawn last, over the others
                        continue;
                    }
                    LineRaster.line(linkTarget, w, h, xa, ya, xb, yb, linkWidth(wt),
                            wt >= 0 ? ColorScale.BLUE : ColorScale.ORANGE, linkAlpha(wt));
                }
            }
        }
        if (hotLine != null) {
            LineRaster.line(linkTarget, w, h, hotLine[0], hotLine[1], hotLine[2], hotLine[3],
                    Math.max(5, linkWidth(hotLine[4]) + 2), hotLine[4] >= 0 ? ColorScale.BLUE : ColorScale.ORANGE, 1);
        }
        return true;
    }

    /** The maps over the links last drawn, into the network's image. */
    private void drawMapsOverLinks() {
        PixelImage img = linkImage;
        if (img == null) {
            return;
        }
        int w = img.width(), h = img.height();
        if (linkLayer.length != w * h) {
            drawLinks(); // the image has a new size: its links come first
            return;
        }
        System.arraycopy(linkLayer, 0, img.pixels(), 0, w * h);
        LiveSnapshot s = shown;
        if (s != null && !s.weights().isEmpty() && columns.size() >= 2) {
            drawMaps(s, img.pixels(), w, h);
        }
        img.publish(); // every pixel is opaque, so premultiplied and straight ARGB agree
    }

    /** Link width from |w|: thin for small weights, capped so large ones do not swamp the picture. */
    static double linkWidth(double w) {
        return 0.6 + 1.4 * Math.min(4, Math.abs(w));
    }

    /** Link opacity from |w|: 0.35 at w = 0, rising to 0.95 from |w| = 1. */
    private static double linkAlpha(double w) {
        return 0.35 + 0.6 * Math.min(1, Math.abs(w));
    }

    // ---- hover card ---------------------------------------------------------------------------------

    private void hover(MouseEvent e) {
        if (pinned) {
            return;
        }
        Target t = hit(e.getX(), e.getY());
        if (t == null) {
            if (card.isVisible()) {
                hideCard.playFromStart();
            }
            return;
        }
        hideCard.stop();
        if (!t.equals(hovered) || !card.isVisible()) {
            showCard(t, e.getX(), e.getY());
        }
    }

    /** A click on a link or neuron pins its card and focuses the value field; elsewhere it unpins. */
    private void click(MouseEvent e) {
        if (pinned && card.getBoundsInParent().contains(e.getX(), e.getY())) {
            return;
        }
        Target t = hit(e.getX(), e.getY());
        if (t == null) {
            pinned = false;
            hideCardNow();
            return;
        }
        showCard(t, e.getX(), e.getY());
        pinned = true;
        card.setMouseTransparent(false);
        cardField.requestFocus();
    }

    private void showCard(Target t, double x, double y) {
        hovered = t;
        buildCard(t);
        drawLinks();
        card.applyCss();
        double cw = card.prefWidth(-1), ch = card.prefHeight(cw);
        // below-right of the pointer, flipped to the other side where there is no room: never under it
        double cx = x + 10 + cw <= getWidth() - 4 ? x + 10 : x - 10 - cw;
        double cy = y + 10 + ch <= getHeight() - 4 ? y + 10 : y - 10 - ch;
        card.resizeRelocate(Math.max(4, cx), Math.max(4, cy), cw, ch);
        card.setVisible(true);
        card.toFront();
    }

    /** The neuron or link under (x, y), or null. Public for tests through {@link #targetAt}. */
    private Target hit(double x, double y) {
        for (int ci = 1; ci < columns.size(); ci++) {
            Column c = columns.get(ci);
            for (int j = 0; j < c.ys.length; j++) {
                if (Math.abs(x - c.x) <= c.size / 2 && Math.abs(y - c.ys[j]) <= c.size / 2) {
                    return new Target(c.layer, -1, j);
                }
            }
        }
        LiveSnapshot s = shown;
        if (s == null) {
            return null;
        }
        Target best = null;
        double bestD = 5;
        for (int ci = 1; ci < columns.size(); ci++) {
            Column to = columns.get(ci), from = columns.get(ci - 1);
            double xa = from.x + from.size / 2, xb = to.x - to.size / 2;
            if (x < xa || x > xb || from.ys.length != from.frames.size() || to.ys.length != to.frames.size()) {
                continue;
            }
            for (int si = 0; si < from.frames.size(); si++) {
                int fi = from.layer < 0 && structure != null && !structure.features().isEmpty()
                        ? structure.features().indexOf(from.features.get(si)) : si;
                if (fi < 0) {
                    continue;
                }
                for (int j = 0; j < to.frames.size(); j++) {
                    double d = segmentDistance(x, y, xa, from.ys[si], xb, to.ys[j]);
                    if (d < bestD) {
                        bestD = d;
                        best = new Target(to.layer, fi, j);
                    }
                }
            }
        }
        return best;
    }

    static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /** The screen position of a point on a link (layer, input, unit), t from 0 (source) to 1, for tests and tours. */
    public Point2D linkPoint(int layer, int input, int unit, double t) {
        Column to = columns.get(layer + 1), from = columns.get(layer);
        int si = input;
        if (layer == 0 && structure != null && !structure.features().isEmpty()) {
            si = from.features.indexOf(structure.features().get(input));
        }
        double xa = from.x + from.size / 2, xb = to.x - to.size / 2;
        return localToScreen(xa + t * (xb - xa), from.ys[si] + t * (to.ys[unit] - from.ys[si]));
    }

    private void buildCard(Target t) {
        card.getChildren().clear();
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        cardFormula = new Label();
        cardFormula.getStyleClass().add("formula");
        cardFormula.setWrapText(true);
        cardFormula.setMaxWidth(26 * appearance.fontSize());
        cardValue = new Label();
        cardValue.getStyleClass().add("big-number");
        cardField = new TextField();
        cardField.setId("cardField");
        cardField.setPrefColumnCount(8);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(22 * appearance.fontSize());
        boolean output = t.layer() == structure.layers().size() - 1;
        String where = output ? "output" : "layer " + (t.layer() + 1);
        if (t.isNeuron()) {
            title.setText((output ? "Output neuron " : "Neuron ") + (t.unit() + 1) + " of " + where);
            cardField.setPromptText("new bias");
        } else {
            title.setText("Weight: " + sourceName(t) + " → " + where + " neuron " + (t.unit() + 1));
            cardField.setPromptText("new weight");
        }
        cardField.textProperty().addListener((o, a, text) -> error.setText(Validation.weight(text).error() == null
                || text.isEmpty() ? "" : Validation.weight(text).error()));
        cardField.setOnAction(e -> {
            String problem = t.isNeuron() ? vm.setBias(t.layer(), t.unit(), cardField.getText())
                    : vm.setWeight(t.layer(), t.input(), t.unit(), cardField.getText());
            error.setText(problem == null ? "" : problem);
            if (problem == null) {
                cardField.clear();
            }
        });
        cardField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                pinned = false;
                hideCardNow();
            }
        });
        Label hint = new Label((t.isNeuron() ? "Type a bias" : "Type a weight")
                + " and press Enter · click to pin this card, Esc to close");
        hint.getStyleClass().addAll("small", "muted");
        HBox edit = new HBox(6, cardField, new FontIcon("mdi-keyboard-return"));
        edit.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(title, cardValue, cardFormula, edit, hint, error);
        refreshCard();
    }

    private String sourceName(Target t) {
        if (t.layer() == 0) {
            return structure.features().isEmpty() ? "input " + (t.input() + 1) : structure.features().get(t.input()).id();
        }
        return "layer " + t.layer() + " neuron " + (t.input() + 1);
    }

    private void refreshCard() {
        Target t = hovered;
        LiveSnapshot s = shown;
        if (t == null || !card.isVisible() && cardValue == null || s == null || t.layer() >= s.weights().size()) {
            return;
        }
        LayerParameters p = s.weights().get(t.layer());
        if (t.unit() >= p.bias().length || (!t.isNeuron() && t.input() >= p.kernel().length)) {
            return;
        }
        Activation act = s.activations().get(t.layer());
        String f = act.id();
        if (t.isNeuron()) {
            double b = p.bias()[t.unit()];
            cardValue.setText("b = " + Format.number(b));
            StringBuilder z = new StringBuilder("a = " + f + "(");
            int shownTerms = Math.min(4, p.kernel().length);
            for (int i = 0; i < shownTerms; i++) {
                double w = p.kernel()[i][t.unit()];
                z.append(i == 0 ? (w < 0 ? "−" : "") : (w < 0 ? " − " : " + "))
                        .append(Format.number(Math.abs(w))).append("·").append(inputSymbol(t.layer(), i));
            }
            if (p.kernel().length > shownTerms) {
                z.append(" + … (").append(p.kernel().length - shownTerms).append(" more)");
            }
            z.append(b < 0 ? " − " : " + ").append(Format.number(Math.abs(b))).append(")");
            double g = s.biasGradients().get(t.layer())[t.unit()];
            cardFormula.setText("a = " + f + "(w·x + b)\n" + z + "\n∂L/∂b = " + Format.number(g));
        } else {
            double w = p.kernel()[t.input()][t.unit()];
            int units = p.bias().length;
            double g = s.kernelGradients().get(t.layer())[t.input() * units + t.unit()];
            cardValue.setText("w = " + Format.number(w));
            cardFormula.setText("contributes w·" + inputSymbol(t.layer(), t.input()) + " to z\n∂L/∂w = "
                    + Format.number(g) + "   (update: w ← w − η·∂L/∂w)");
        }
    }

    private String inputSymbol(int layer, int i) {
        if (layer == 0 && structure != null && !structure.features().isEmpty()) {
            return structure.features().get(i).id();
        }
        return (layer == 0 ? "x" : "h") + (i + 1);
    }

    private void hideCardNow() {
        card.setVisible(false);
        pinned = false;
        card.setMouseTransparent(true);
        if (hovered != null) {
            hovered = null;
            drawLinks();
        }
        cardValue = null;
        cardField = null;
    }
}
