package neurallab.ui.view;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import neurallab.engine.LayerParameters;
import neurallab.session.Experiment;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.render.Format;
import neurallab.ui.text.Texts;
import neurallab.ui.view.NetworkLayout.Target;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.Validation;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The card over a hovered link or neuron: its live value, the formula it takes part in, its gradient,
 * and a field to type a new weight or bias. Read-only while hovering; a click pins it for editing.
 */
final class WeightCard {
    private final PlaygroundViewModel vm;
    private final Appearance appearance;
    /** Called when the card's target changes: the view draws the hovered link on top. */
    private final Runnable targetChanged;
    private final VBox card = new VBox(4);
    private final PauseTransition hideLater = new PauseTransition(Duration.millis(700));
    private Target target;
    private Experiment structure;
    private Label value;
    private Label formula;
    private TextField field;
    private boolean pinned;

    WeightCard(PlaygroundViewModel vm, Appearance appearance, Runnable targetChanged) {
        this.vm = vm;
        this.appearance = appearance;
        this.targetChanged = targetChanged;
        card.getStyleClass().add("hover-card");
        card.setId("hoverCard");
        card.setVisible(false);
        card.setManaged(false);
        card.setMouseTransparent(true); // a hover card is read-only; a click on a link or neuron pins it for editing
        hideLater.setOnFinished(e -> hide());
    }

    VBox node() {
        return card;
    }

    /** The link or neuron the card is about, or null. */
    Target target() {
        return target;
    }

    boolean pinned() {
        return pinned;
    }

    boolean contains(double x, double y) {
        return pinned && card.getBoundsInParent().contains(x, y);
    }

    /** The mouse is over t (null: over nothing) at (x, y) of a view w × h. */
    void hover(Target t, double x, double y, double w, double h, Experiment structure, LiveSnapshot s) {
        if (t == null) {
            if (card.isVisible()) {
                hideLater.playFromStart();
            }
            return;
        }
        hideLater.stop();
        if (!t.equals(target) || !card.isVisible()) {
            show(t, x, y, w, h, structure, s);
        }
    }

    /** A click on t pins its card and focuses the value field. */
    void pin(Target t, double x, double y, double w, double h, Experiment structure, LiveSnapshot s) {
        show(t, x, y, w, h, structure, s);
        pinned = true;
        card.setMouseTransparent(false);
        field.requestFocus();
    }

    private void show(Target t, double x, double y, double w, double h, Experiment structure, LiveSnapshot s) {
        target = t;
        this.structure = structure;
        build(t);
        refresh(s);
        targetChanged.run();
        card.applyCss();
        double cw = card.prefWidth(-1), ch = card.prefHeight(cw);
        // below-right of the pointer, flipped to the other side where there is no room: never under it
        double cx = x + 10 + cw <= w - 4 ? x + 10 : x - 10 - cw;
        double cy = y + 10 + ch <= h - 4 ? y + 10 : y - 10 - ch;
        card.resizeRelocate(Math.max(4, cx), Math.max(4, cy), cw, ch);
        card.setVisible(true);
        card.toFront();
    }

    private void build(Target t) {
        card.getChildren().clear();
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        formula = new Label();
        formula.getStyleClass().add("formula");
        formula.setWrapText(true);
        formula.setMaxWidth(26 * appearance.fontSize());
        value = new Label();
        value.getStyleClass().add("big-number");
        field = new TextField();
        field.setId("cardField");
        field.setPrefColumnCount(8);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(22 * appearance.fontSize());
        boolean output = t.layer() == structure.layers().size() - 1;
        String where = output ? Texts.get("card.output") : Texts.get("card.layer", t.layer() + 1);
        if (t.isNeuron()) {
            title.setText(Texts.get(output ? "card.outputNeuronTitle" : "card.neuronTitle", t.unit() + 1, where));
            field.setPromptText(Texts.get("card.newBias"));
        } else {
            title.setText(Texts.get("card.weightTitle", sourceName(t), where, t.unit() + 1));
            field.setPromptText(Texts.get("card.newWeight"));
        }
        field.textProperty().addListener((o, a, text) -> error.setText(Validation.weight(text).error() == null
                || text.isEmpty() ? "" : Validation.weight(text).error()));
        TextField typed = field;
        field.setOnAction(e -> {
            String problem = t.isNeuron() ? vm.setBias(t.layer(), t.unit(), typed.getText())
                    : vm.setWeight(t.layer(), t.input(), t.unit(), typed.getText());
            error.setText(problem == null ? "" : problem);
            if (problem == null) {
                typed.clear();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        Label hint = new Label(Texts.get(t.isNeuron() ? "card.hintBias" : "card.hintWeight"));
        hint.getStyleClass().addAll("small", "muted");
        HBox edit = new HBox(6, field, new FontIcon("mdi-keyboard-return"));
        edit.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(title, value, formula, edit, hint, error);
    }

    private String sourceName(Target t) {
        if (t.layer() == 0) {
            return structure.features().isEmpty() ? Texts.get("card.input", t.input() + 1)
                    : structure.features().get(t.input()).id();
        }
        return Texts.get("card.layerNeuron", t.layer(), t.input() + 1);
    }

    /** The card's figures from s (a no-op without a card). */
    void refresh(LiveSnapshot s) {
        Target t = target;
        if (t == null || value == null || s == null || t.layer() >= s.weights().size()) {
            return;
        }
        LayerParameters p = s.weights().get(t.layer());
        if (t.unit() >= p.bias().length || (!t.isNeuron() && t.input() >= p.kernel().length)) {
            return;
        }
        String f = s.activations().get(t.layer()).id();
        if (t.isNeuron()) {
            double b = p.bias()[t.unit()];
            value.setText("b = " + Format.number(b));
            double g = s.biasGradients().get(t.layer())[t.unit()];
            formula.setText("a = " + f + "(w·x + b)\n" + sum(p, t, f, b) + "\n∂L/∂b = " + Format.number(g));
        } else {
            double w = p.kernel()[t.input()][t.unit()];
            int units = p.bias().length;
            double g = s.kernelGradients().get(t.layer())[t.input() * units + t.unit()];
            value.setText("w = " + Format.number(w));
            formula.setText(Texts.get("card.weightFormula", inputSymbol(t.layer(), t.input()), Format.number(g)));
        }
    }

    // a = f(w1·x1 + … + b) with the first four terms written out
    private String sum(LayerParameters p, Target t, String f, double b) {
        StringBuilder z = new StringBuilder("a = " + f + "(");
        int shownTerms = Math.min(4, p.kernel().length);
        for (int i = 0; i < shownTerms; i++) {
            double w = p.kernel()[i][t.unit()];
            z.append(i == 0 ? (w < 0 ? "−" : "") : (w < 0 ? " − " : " + "))
                    .append(Format.number(Math.abs(w))).append("·").append(inputSymbol(t.layer(), i));
        }
        if (p.kernel().length > shownTerms) {
            z.append(' ').append(Texts.get("card.moreTerms", p.kernel().length - shownTerms));
        }
        return z.append(b < 0 ? " − " : " + ").append(Format.number(Math.abs(b))).append(")").toString();
    }

    private String inputSymbol(int layer, int i) {
        if (layer == 0 && structure != null && !structure.features().isEmpty()) {
            return structure.features().get(i).id();
        }
        return (layer == 0 ? "x" : "h") + (i + 1);
    }

    /** Closes and unpins the card. */
    void hide() {
        card.setVisible(false);
        pinned = false;
        card.setMouseTransparent(true);
        value = null;
        field = null;
        if (target != null) {
            target = null;
            targetChanged.run();
        }
    }
}
