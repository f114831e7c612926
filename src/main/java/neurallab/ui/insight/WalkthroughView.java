package neurallab.ui.insight;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import neurallab.session.insight.BackpropWalkthrough;
import neurallab.session.insight.BackpropWalkthrough.Highlight;
import neurallab.session.insight.BackpropWalkthrough.Phase;
import neurallab.session.insight.BackpropWalkthrough.Step;

/**
 * The walkthrough one step per click (Next/Previous, or → / ← while the view has focus): the current step large,
 * its formula with the numbers; the steps done so far above it in smaller type; beside it a drawing of the network
 * with the units and links the step involves highlighted (blue forward, orange backward, green the update).
 */
public final class WalkthroughView extends BorderPane {
    private static final Font CURRENT = Font.font("System", FontWeight.BOLD, 24);
    private static final Color FORWARD = Color.web("#0072B2");
    private static final Color BACKWARD = Color.web("#D55E00");
    private static final Color UPDATE = Color.web("#009E73");
    /** More links than this are drawn only when highlighted (a 512×512 layer would hide everything). */
    private static final int ALL_LINKS = 4000;

    private final ListView<Step> done = new ListView<>();
    private final Label position = new Label();
    private final Label phase = new Label();
    private final Label current = new Label();
    private final Button previous = new Button("◀ Previous");
    private final Button next = new Button("Next ▶");
    private final Canvas diagram = new Canvas(420, 380);
    private BackpropWalkthrough model;
    private int index;

    public WalkthroughView(BackpropWalkthrough model) {
        Label title = new Label("Backpropagation, step by step");
        title.setFont(InsightPane.TITLE);
        position.setId("walkthrough-position");
        position.setFont(InsightPane.TEXT);
        HBox top = new HBox(24, title, position);
        top.setAlignment(Pos.BASELINE_LEFT);
        setTop(top);

        done.setId("walkthrough-steps");
        done.setFocusTraversable(false);
        done.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Step step, boolean empty) {
                super.updateItem(step, empty);
                setFont(InsightPane.SMALL);
                setTextFill(Color.gray(0.3));
                setText(empty || step == null ? null : heading(step.phase()) + step.text());
            }
        });
        phase.setId("walkthrough-phase");
        phase.setFont(InsightPane.TEXT);
        current.setId("walkthrough-current");
        current.setFont(CURRENT);
        current.setWrapText(true);
        current.setMinHeight(90);
        current.setAlignment(Pos.TOP_LEFT);
        previous.setId("walkthrough-previous");
        next.setId("walkthrough-next");
        previous.setFont(InsightPane.TEXT);
        next.setFont(InsightPane.TEXT);
        previous.setOnAction(e -> previous());
        next.setOnAction(e -> next());
        Button first = new Button("Start over");
        first.setFont(InsightPane.TEXT);
        first.setOnAction(e -> go(0));
        Label keys = new Label("or → / ←");
        keys.setFont(InsightPane.SMALL);
        HBox buttons = new HBox(12, previous, next, first, keys);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox steps = new VBox(8, done, phase, current, buttons);
        VBox.setVgrow(done, Priority.ALWAYS);
        steps.setPadding(new Insets(8, 12, 0, 0));
        setCenter(steps);

        diagram.setId("walkthrough-diagram");
        Pane holder = new Pane(diagram);
        holder.setPrefWidth(420);
        holder.setMinWidth(300);
        diagram.widthProperty().bind(holder.widthProperty());
        diagram.heightProperty().bind(holder.heightProperty());
        diagram.widthProperty().addListener(o -> drawDiagram());
        diagram.heightProperty().addListener(o -> drawDiagram());
        setRight(holder);

        setPadding(new Insets(10));
        setPrefSize(1000, 520);
        setFocusTraversable(true);
        // a filter: the buttons would otherwise take the arrows to move focus
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.RIGHT) {
                next();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                previous();
                e.consume();
            }
        });
        setOnMouseClicked(e -> requestFocus());
        show(model);
    }

    /** Shows another walkthrough (another sample or newer weights), at the same step when it has one. */
    public void show(BackpropWalkthrough model) {
        this.model = model;
        go(Math.min(index, model.steps().size() - 1));
    }

    public void next() {
        go(index + 1);
    }

    public void previous() {
        go(index - 1);
    }

    /** Moves to step i (clamped to the steps there are). */
    public void go(int i) {
        int count = model.steps().size();
        index = Math.max(0, Math.min(count - 1, i));
        Step step = model.steps().get(index);
        done.getItems().setAll(model.steps().subList(0, index));
        if (index > 0) {
            done.scrollTo(index - 1);
        }
        position.setText("step " + (index + 1) + " of " + count);
        phase.setText(describe(step.phase()));
        phase.setTextFill(colour(step.phase()));
        current.setText(step.text());
        previous.setDisable(index == 0);
        next.setDisable(index == count - 1);
        drawDiagram();
    }

    public int index() {
        return index;
    }

    public Step currentStep() {
        return model.steps().get(index);
    }

    /** The units and links highlighted now. */
    public Highlight highlighted() {
        return model.highlight(currentStep());
    }

    private void drawDiagram() {
        GraphicsContext g = diagram.getGraphicsContext2D();
        double w = diagram.getWidth();
        double h = diagram.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (model == null || w < 50 || h < 50) {
            return;
        }
        int[] widths = model.widths();
        Step step = currentStep();
        Highlight lit = model.highlight(step);
        Color colour = colour(step.phase());
        double top = 30;
        double bottom = h - 10;
        double colGap = (w - 60) / Math.max(1, widths.length - 1);
        int largest = 1;
        for (int n : widths) {
            largest = Math.max(largest, n);
        }
        double r = Math.max(1.5, Math.min(16, (bottom - top) / (2.6 * largest)));
        g.setFont(InsightPane.SMALL);
        g.setFill(Color.gray(0.3));
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < widths.length; c++) {
            g.fillText(c == 0 ? "inputs" : c == widths.length - 1 ? "output" : "layer " + c, x(c, colGap), 18);
        }
        // links: all faint (when not too many), then the lit ones on top
        long links = 0;
        for (int c = 0; c + 1 < widths.length; c++) {
            links += (long) widths[c] * widths[c + 1];
        }
        g.setLineWidth(1);
        g.setStroke(Color.gray(0.82));
        if (links <= ALL_LINKS) {
            for (int c = 0; c + 1 < widths.length; c++) {
                for (int i = 0; i < widths[c]; i++) {
                    for (int j = 0; j < widths[c + 1]; j++) {
                        g.strokeLine(x(c, colGap), y(i, widths[c], top, bottom), x(c + 1, colGap),
                                y(j, widths[c + 1], top, bottom));
                    }
                }
            }
        }
        g.setStroke(colour);
        g.setLineWidth(3.5);
        for (int[] k : lit.links()) {
            g.strokeLine(x(k[0], colGap), y(k[1], widths[k[0]], top, bottom), x(k[0] + 1, colGap),
                    y(k[2], widths[k[0] + 1], top, bottom));
        }
        g.setFont(Font.font("System", Math.max(9, Math.min(13, r * 0.9))));
        for (int c = 0; c < widths.length; c++) {
            for (int i = 0; i < widths[c]; i++) {
                boolean on = lit.hasUnit(c, i);
                double cx = x(c, colGap);
                double cy = y(i, widths[c], top, bottom);
                double rr = on ? Math.max(r, 5) : r;
                g.setFill(on ? colour : Color.WHITE);
                g.fillOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
                g.setStroke(on ? Color.BLACK : Color.gray(0.45));
                g.setLineWidth(on ? 2 : 1);
                g.strokeOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
                if (r >= 11) {
                    g.setFill(on ? Color.WHITE : Color.BLACK);
                    g.fillText(c == 0 ? "x" + (i + 1) : c + "." + (i + 1), cx, cy + 4);
                }
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private static double x(int column, double gap) {
        return 30 + column * gap;
    }

    private static double y(int i, int n, double top, double bottom) {
        return top + (bottom - top) * (i + 0.5) / n;
    }

    private static Color colour(Phase p) {
        return switch (p) {
            case FORWARD_Z, FORWARD_A, LOSS -> FORWARD;
            case DELTA, GRADIENT_W, GRADIENT_B -> BACKWARD;
            case UPDATE_W, UPDATE_B -> UPDATE;
        };
    }

    private static String describe(Phase p) {
        return switch (p) {
            case FORWARD_Z -> "Forward pass: a unit's weighted sum";
            case FORWARD_A -> "Forward pass: the unit's activation";
            case LOSS -> "The loss: how wrong the output is";
            case DELTA -> "Backward pass: δ = dL/dz by the chain rule";
            case GRADIENT_W -> "Backward pass: a weight's gradient";
            case GRADIENT_B -> "Backward pass: a bias's gradient";
            case UPDATE_W -> "The optimizer updates a weight";
            case UPDATE_B -> "The optimizer updates a bias";
        };
    }

    private static String heading(Phase phase) {
        return switch (phase) {
            case FORWARD_Z, FORWARD_A -> "forward   ";
            case LOSS -> "loss      ";
            case DELTA -> "backward  ";
            case GRADIENT_W, GRADIENT_B -> "gradient  ";
            case UPDATE_W, UPDATE_B -> "update    ";
        };
    }
}
