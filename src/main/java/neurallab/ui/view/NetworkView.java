package neurallab.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import neurallab.data.Feature;
import neurallab.engine.LayerSpec;
import neurallab.session.Experiment;
import neurallab.session.Limits;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.TrainerState;
import neurallab.ui.render.ColorScale;
import neurallab.ui.render.Format;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * The network: input features as a column of toggles with their own maps, hidden layers with their
 * controls ({@link LayerHeader}), the output layer; every neuron a small map of its output over the
 * input plane; links coloured by sign and thickened by |weight| ({@link LinkPainter}), placed by
 * {@link NetworkLayout}. Hovering a link or neuron shows a {@link WeightCard}.
 */
public final class NetworkView extends Region {
    /** Neurons drawn per column at most (as many as the editor allows); a "+N more" label counts the rest. */
    static final int MAX_DRAWN = Edits.MAX_NEURONS;
    /** Side of a neuron's image when there is no plane: one flat colour (its bias). */
    private static final int FLAT = 4;

    private final PlaygroundViewModel vm;
    private final Appearance appearance;
    private final List<NetworkColumn> columns = new ArrayList<>();
    private final List<VBox> headers = new ArrayList<>();
    private final LinkPainter links;
    private final WeightCard card;
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
    private final CheckBox allLinks = new CheckBox(Texts.get("network.allLinks"));
    private final int[] pixels = new int[PlaygroundViewModel.GRID * PlaygroundViewModel.GRID];
    private LiveSnapshot shown;
    private Experiment structure;
    private Geometry lastGeometry;
    private final ViewTurn turn = new ViewTurn(ViewTurn.Turn.NETWORK);

    public NetworkView(PlaygroundViewModel vm, Appearance appearance, Subscriptions subscriptions) {
        this.vm = vm;
        this.appearance = appearance;
        links = new LinkPainter(appearance, () -> vm.discretize().get(), columns);
        card = new WeightCard(vm, appearance, this::redraw);
        getStyleClass().addAll("panel", "network-view");
        setId("networkView");
        buildTitleRow();
        nodes.setPickOnBounds(false);
        // placed by layoutChildren() too; unmanaged, a layout request inside (a header's combo, a label) stops here
        // instead of re-laying out the whole window
        nodes.setManaged(false);
        getChildren().addAll(links.view(), nodes, top, card.node());
        setOnMouseMoved(this::hover);
        setOnMouseClicked(this::click);
        subscriptions.listen(vm.experiment(), (o, a, e) -> rebuildIfNeeded(e));
        subscriptions.listen(appearance.theme(), (o, a, t) -> {
            shown = null;
            rebuildIfNeeded(vm.experiment().get());
        });
        subscriptions.listen(appearance.presenting(), (o, a, p) -> redraw()); // thicker links
        rebuildIfNeeded(vm.experiment().get());
    }

    private void buildTitleRow() {
        Button addLayer = ToolbarView.iconButton("mdi-plus", "addLayerButton", Texts.get("network.addLayer"));
        addLayer.setOnAction(e -> vm.addLayer());
        Button removeLayer = ToolbarView.iconButton("mdi-minus", "removeLayerButton", Texts.get("network.removeLayer"));
        removeLayer.setOnAction(e -> vm.removeLayer());
        Label title = new Label(Texts.get("network.title"));
        title.getStyleClass().add("panel-title");
        layerCount.setId("layerCount");
        totalParams.getStyleClass().add("muted");
        totalParams.setId("totalParams");
        planeNote.getStyleClass().add("muted");
        planeNote.setMinWidth(0); // cut first when the title row is narrow: the tooltip keeps it whole
        LazyTooltip.install(planeNote, Texts.get("network.notPlanar.help"));
        allLinks.setId("allLinksCheck");
        allLinks.getStyleClass().add("small");
        allLinks.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(allLinks, Texts.get("network.allLinks.help", LinkPainter.STRONGEST_PER_NEURON));
        allLinks.selectedProperty().addListener((o, a, all) -> {
            links.setAllLinks(all);
            redraw();
        });
        for (Label l : List.of(title, layerCount, totalParams)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        top.getChildren().addAll(title, addLayer, removeLayer, layerCount, totalParams, allLinks, planeNote);
        top.setAlignment(Pos.CENTER_LEFT);
    }

    // ---- structure -----------------------------------------------------------------------------

    private void rebuildIfNeeded(Experiment e) {
        LiveSnapshot s = vm.snapshot().get();
        if (structure != null && structure.layers().equals(e.layers()) && structure.features().equals(e.features())
                && shown != null) {
            return;
        }
        structure = e;
        links.setStructure(e);
        card.hide();
        columns.clear();
        headers.clear();
        nodes.getChildren().clear();
        boolean planar = !e.features().isEmpty();
        int inputs = planar ? Feature.values().length : s != null && s.splits() != null ? s.splits().train().inputCount() : 0;
        addInputs(e, s, planar, inputs);
        List<Integer> params = Edits.parameterCounts(e, planar ? e.features().size() : Math.max(inputs, 1));
        for (int l = 0; l < e.layers().size(); l++) {
            LayerSpec spec = e.layers().get(l);
            NetworkColumn c = new NetworkColumn(l);
            c.units = spec.units();
            for (int j = 0; j < Math.min(spec.units(), MAX_DRAWN); j++) {
                addNeuron(c, planar, null, false);
            }
            columns.add(c);
            addMoreLabel(c, "network.more.neurons");
            VBox header = l < e.layers().size() - 1 ? LayerHeader.hidden(vm, appearance, l, spec, params.get(l),
                    this::requestLayout) : LayerHeader.output(spec, params.get(l));
            headers.add(header);
            nodes.getChildren().add(header);
        }
        int total = params.stream().mapToInt(Integer::intValue).sum();
        int hidden = e.layers().size() - 1;
        layerCount.setText(Texts.get(hidden == 1 ? "network.hiddenLayer" : "network.hiddenLayers", hidden));
        totalParams.setText(Texts.get("network.parameters", Format.count(total)));
        planeNote.setText(planar ? "" : Texts.get("network.notPlanar"));
        planeNote.setVisible(!planar);
        planeNote.setManaged(!planar);
        boolean wide = links.hasWideLinks();
        allLinks.setVisible(wide);
        allLinks.setManaged(wide);
        shown = null;
        lastGeometry = null; // new columns, maybe with the same geometry: the next layout draws their links
        requestLayout();
        if (s != null) {
            update(s);
        }
    }

    private void addInputs(Experiment e, LiveSnapshot s, boolean planar, int inputs) {
        NetworkColumn in = new NetworkColumn(-1);
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
        addMoreLabel(in, "network.more.inputs");
    }

    // whatKey: the text key of the hidden units ("… has 784 inputs; the first …")
    private void addMoreLabel(NetworkColumn c, String whatKey) {
        int hidden = c.units - c.frames.size();
        if (hidden <= 0) {
            return;
        }
        c.more = new Label(Texts.get("network.more", hidden));
        c.more.getStyleClass().addAll("small", "muted");
        LazyTooltip.install(c.more, Texts.get(whatKey, c.units, c.frames.size()));
        nodes.getChildren().add(c.more);
    }

    private static String inputName(LiveSnapshot s, int i) {
        if (s != null && s.splits() != null && i < s.splits().train().inputNames().size()) {
            return s.splits().train().inputNames().get(i);
        }
        return "x" + (i + 1);
    }

    private void addNeuron(NetworkColumn c, boolean planar, String label, boolean off) {
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
                LazyTooltip.install(frame, Texts.get(off ? "network.feature.use" : "network.feature.stop", f.id()));
            }
        } else {
            frame.getStyleClass().add("drawn"); // its map is painted into the network's image
            frame.setId("neuron-" + c.layer + "-" + c.frames.size());
        }
        c.frames.add(frame);
        nodes.getChildren().add(frame);
    }

    private void drawFeature(Feature f, WritableImage img) {
        int res = (int) img.getWidth();
        double step = (Limits.PLANE_MAX - Limits.PLANE_MIN) / res;
        double scale = switch (f) {
            case X1, X2 -> Limits.PLANE_MAX;
            case X1_SQUARED, X2_SQUARED, X1_TIMES_X2 -> Limits.PLANE_MAX * Limits.PLANE_MAX;
            default -> 1;
        };
        int neutral = appearance.theme().get().neutral();
        for (int r = 0; r < res; r++) {
            for (int c = 0; c < res; c++) {
                double x1 = Limits.PLANE_MIN + (c + 0.5) * step;
                double x2 = Limits.PLANE_MAX - (r + 0.5) * step;
                double v = f.valueAt(x1, x2) / scale;
                if (f == Feature.X1_SQUARED || f == Feature.X2_SQUARED) {
                    v = 2 * v - 1;
                }
                pixels[r * res + c] = ColorScale.diverging(v, neutral);
            }
        }
        img.getPixelWriter().setPixels(0, 0, res, res, PixelFormat.getIntArgbInstance(), pixels, 0, res);
    }

    // ---- layout and painting --------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        double topH = top.prefHeight(w);
        top.resizeRelocate(in.getLeft(), in.getTop(), w, topH);
        NetworkLayout.ImageBounds bounds = new NetworkLayout(in.getLeft(), in.getTop(), w, h, appearance.fontSize())
                .place(columns, headers, topH);
        links.place(bounds);
        nodes.resizeRelocate(0, 0, getWidth(), getHeight());
        // links follow the geometry; per frame they are redrawn by update()
        double sizes = columns.stream().mapToDouble(c -> c.size).sum();
        Geometry g = new Geometry(bounds, getWidth(), getHeight(), columns.size(), sizes);
        if (!g.equals(lastGeometry)) {
            lastGeometry = g;
            redraw();
        }
    }

    /** What the links' positions depend on: a layout that changes none of it leaves the image as it is. */
    private record Geometry(NetworkLayout.ImageBounds bounds, double width, double height, int columns, double sizes) {
    }

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
            card.refresh(s); // while training the next snapshot comes next frame: maps and links on every third
            return;          // snapshot, the output and the chart on the others, so a frame paints one large image
        }
        if (s.state() == TrainerState.PLAYING) {
            links.drawInSteps(s);
        } else {
            links.drawAll(s);
        }
        card.refresh(s);
    }

    private void redraw() {
        links.setHovered(card.target());
        links.drawAll(shown);
    }

    // ---- pointer --------------------------------------------------------------------------------

    private NetworkLayout.Target hit(double x, double y) {
        return NetworkLayout.hit(columns, structure, shown != null, x, y);
    }

    private void hover(MouseEvent e) {
        if (!card.pinned()) {
            card.hover(hit(e.getX(), e.getY()), e.getX(), e.getY(), getWidth(), getHeight(), structure, shown);
        }
    }

    /** A click on a link or neuron pins its card and focuses the value field; elsewhere it unpins. */
    private void click(MouseEvent e) {
        if (card.contains(e.getX(), e.getY())) {
            return;
        }
        NetworkLayout.Target t = hit(e.getX(), e.getY());
        if (t == null) {
            card.hide();
        } else {
            card.pin(t, e.getX(), e.getY(), getWidth(), getHeight(), structure, shown);
        }
    }

    /** The screen position of a point on a link (layer, input, unit), t from 0 (source) to 1, for tests and tours. */
    public Point2D linkPoint(int layer, int input, int unit, double t) {
        NetworkColumn to = columns.get(layer + 1), from = columns.get(layer);
        int si = input;
        if (layer == 0 && structure != null && !structure.features().isEmpty()) {
            si = from.features.indexOf(structure.features().get(input));
        }
        double xa = from.outX(), xb = to.inX();
        return localToScreen(xa + t * (xb - xa), from.ys[si] + t * (to.ys[unit] - from.ys[si]));
    }
}
