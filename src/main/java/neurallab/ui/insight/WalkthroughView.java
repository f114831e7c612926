package neurallab.ui.insight;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import neurallab.session.insight.BackpropWalkthrough;
import neurallab.session.insight.Palette;
import neurallab.session.insight.BackpropWalkthrough.Highlight;
import neurallab.session.insight.BackpropWalkthrough.Phase;
import neurallab.session.insight.BackpropWalkthrough.Step;
import javafx.scene.Node;
import neurallab.ui.text.Texts;

/**
 * The walkthrough one step per click (Next/Previous, or → / ← while the view has focus): the current step large,
 * its formula with the numbers; the steps done so far above it in smaller type; beside it a drawing of the network
 * with the units and links the step involves highlighted (blue forward, orange backward, green the update).
 */
public final class WalkthroughView extends BorderPane implements Themed {
    private static final Color FORWARD = Look.argb(Palette.BLUE);
    private static final Color BACKWARD = Look.argb(Palette.classColor(4));
    private static final Color UPDATE = Look.argb(Palette.classColor(2));

    private final ListView<Step> done = new ListView<>();
    private final Label position = new Label();
    private final Label phase = new Label();
    private final Label current = new Label();
    private final Button previous = new Button(Texts.get("insight.walkthrough.previous"));
    private final Button next = new Button(Texts.get("insight.walkthrough.next"));
    private final Canvas diagram = new Canvas(420, 380);
    private BackpropWalkthrough model;
    private int index;
    private Look look = Look.light();

    public WalkthroughView(BackpropWalkthrough model) {
        Label title = new Label(Texts.get("insight.walkthrough.title"));
        title.getStyleClass().add("insight-title");
        position.setId("walkthrough-position");
        position.getStyleClass().add("insight-text");
        position.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(24, title, position);
        top.setAlignment(Pos.BASELINE_LEFT);
        setTop(top);
        setCenter(steps());
        setRight(diagramHolder());
        setPadding(new Insets(10));
        setPrefSize(640, 460);
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

    // the steps done so far, the current one (its formula wrapped whole), and the buttons
    private VBox steps() {
        done.setId("walkthrough-steps");
        done.setFocusTraversable(false);
        done.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Step step, boolean empty) {
                super.updateItem(step, empty);
                setText(empty || step == null ? null : heading(step.phase()) + "   " + step.text());
            }
        });
        phase.setId("walkthrough-phase");
        phase.getStyleClass().add("insight-text");
        current.setId("walkthrough-current");
        current.getStyleClass().add("walkthrough-current");
        current.setWrapText(true);
        // the whole formula, wrapped over as many lines as it needs (never cut off at the panel's edge)
        current.setMinHeight(Region.USE_PREF_SIZE);
        current.setAlignment(Pos.TOP_LEFT);
        previous.setId("walkthrough-previous");
        next.setId("walkthrough-next");
        previous.setOnAction(e -> previous());
        next.setOnAction(e -> next());
        Button first = new Button(Texts.get("insight.walkthrough.first"));
        first.setOnAction(e -> go(0));
        Label keys = new Label(Texts.get("insight.walkthrough.keys"));
        keys.getStyleClass().add("muted");
        FlowPane buttons = new FlowPane(12, 6, previous, next, first, keys);
        buttons.getStyleClass().add("insight-text");
        for (Node b : buttons.getChildren()) {
            ((Region) b).setMinWidth(Region.USE_PREF_SIZE);
        }
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox steps = new VBox(8, done, phase, current, buttons);
        VBox.setVgrow(done, Priority.ALWAYS);
        done.setMinHeight(0);
        // before the first step the list says what will fill it, instead of standing there as an empty box
        Label none = new Label(Texts.get("insight.walkthrough.none"));
        none.setWrapText(true);
        none.getStyleClass().add("muted");
        done.setPlaceholder(none);
        done.getStyleClass().add("insight-small");
        steps.setPadding(new Insets(8, 12, 0, 0));
        return steps;
    }

    private Pane diagramHolder() {
        diagram.setId("walkthrough-diagram");
        Pane holder = new Pane(diagram);
        holder.prefWidthProperty().bind(widthProperty().multiply(0.38));
        holder.setMinWidth(140);
        diagram.widthProperty().bind(holder.widthProperty());
        diagram.heightProperty().bind(holder.heightProperty());
        diagram.widthProperty().addListener(o -> drawDiagram());
        diagram.heightProperty().addListener(o -> drawDiagram());
        return holder;
    }

    @Override
    public void setLook(Look newLook) {
        look = newLook;
        drawDiagram();
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
        position.setText(Texts.get("insight.walkthrough.position", index + 1, count));
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
        if (model != null) {
            WalkthroughDiagram.draw(diagram, look, model, currentStep(), colour(currentStep().phase()));
        }
    }

    static Color colour(Phase p) {
        return switch (p) {
            case FORWARD_Z, FORWARD_A, LOSS -> FORWARD;
            case DELTA, GRADIENT_W, GRADIENT_B -> BACKWARD;
            case UPDATE_W, UPDATE_B -> UPDATE;
        };
    }

    private static String describe(Phase p) {
        return InsightTexts.named("insight.walkthrough.phase.", p);
    }

    // the short word in front of each step done
    private static String heading(Phase phase) {
        return Texts.get(switch (phase) {
            case FORWARD_Z, FORWARD_A -> "insight.walkthrough.done.forward";
            case LOSS -> "insight.walkthrough.done.loss";
            case DELTA -> "insight.walkthrough.done.backward";
            case GRADIENT_W, GRADIENT_B -> "insight.walkthrough.done.gradient";
            case UPDATE_W, UPDATE_B -> "insight.walkthrough.done.update";
        });
    }
}
