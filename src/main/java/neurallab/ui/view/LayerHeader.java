package neurallab.ui.view;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import neurallab.engine.Activation;
import neurallab.engine.LayerSpec;
import neurallab.session.Limits;
import neurallab.ui.render.Format;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RangeTexts;
import neurallab.ui.viewmodel.Validation;

/** The controls above a column of the network view: a hidden layer's neurons, activation, dropout and batch norm, or the output's summary. */
final class LayerHeader {
    private LayerHeader() {
    }

    /** A hidden layer's header; relayout is asked for when the header changes height (narrow columns drop rows). */
    static VBox hidden(PlaygroundViewModel vm, Appearance appearance, int layer, LayerSpec spec, int params,
                       Runnable relayout) {
        Label units = new Label(neurons(spec));
        units.getStyleClass().add("small");
        Labelled.Combo<Activation> act = Labelled.combo(
                Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX).toList(),
                Activation::id, a -> vm.setLayerActivation(layer, a));
        act.show(spec.activation());
        act.setId("activation-" + layer);
        act.follow(() -> inForce(vm, layer, spec).activation());
        LazyTooltip.install(act, Texts.get("layer.activation.help"));
        act.setMaxWidth(Double.MAX_VALUE);
        act.setMinWidth(0);
        act.setPrefWidth(40);
        HBox dropBox = dropout(vm, layer, spec);
        CheckBox bn = new CheckBox(Texts.get("layer.batchNorm"));
        bn.setSelected(spec.batchNorm());
        bn.setId("batchNorm-" + layer);
        LazyTooltip.install(bn, Texts.get("layer.batchNorm.help"));
        bn.setOnAction(e -> {
            vm.setLayerBatchNorm(layer, bn.isSelected());
            bn.setSelected(inForce(vm, layer, spec).batchNorm()); // refused: shown as it was
        });
        bn.getStyleClass().add("small");
        Label p = new Label(Texts.get("layer.params", Format.count(params)));
        p.getStyleClass().addAll("small", "muted");
        LazyTooltip.install(p, Texts.get(spec.batchNorm() ? "layer.params.helpBatchNorm" : "layer.params.help"));
        for (Label l : List.of(units, p)) {
            l.setMinWidth(0);
        }
        VBox box = new VBox(2, plusMinus(vm, layer), units, act, dropBox, bn, p);
        box.setMinWidth(0);
        // narrow columns (many layers): keep +/−, the count and the activation only
        box.widthProperty().addListener((o, a, wd) -> {
            boolean compact = wd.doubleValue() < 6.2 * appearance.fontSize();
            if (compact == act.getStyleClass().contains("compact") && box.getProperties().containsKey("compact")) {
                return; // unchanged: no style or layout churn
            }
            box.getProperties().put("compact", compact);
            relayout.run(); // the header's height changes: the maps below move (headers are laid out by the view)
            for (Node n : List.of(dropBox, bn, p)) {
                n.setVisible(!compact);
                n.setManaged(!compact);
            }
            act.getStyleClass().remove("compact");
            if (compact) {
                act.getStyleClass().add("compact");
            }
            units.setText(compact ? Integer.toString(spec.units()) : neurons(spec));
        });
        LazyTooltip.install(box, Texts.get(spec.batchNorm() ? "layer.summaryBatchNorm" : "layer.summary", layer + 1,
                spec.units(), spec.activation().id(), Format.exact(spec.dropout()), Format.count(params)));
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("layer-header");
        return box;
    }

    /** The output layer's header: its units, activation and parameter count, wrapped in a narrow column. */
    static VBox output(LayerSpec spec, int params) {
        Label t = new Label(Texts.get("layer.output"));
        t.getStyleClass().add("small");
        Label a = new Label(spec.units() + " × " + spec.activation().id());
        a.getStyleClass().addAll("small", "muted");
        Label p = new Label(Texts.get("layer.params", Format.count(params)));
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

    /** The layer as the experiment holds it now (this header's own spec once the layer is gone). */
    private static LayerSpec inForce(PlaygroundViewModel vm, int layer, LayerSpec spec) {
        List<LayerSpec> layers = vm.experiment().get().layers();
        return layer < layers.size() - 1 ? layers.get(layer) : spec;
    }

    private static String neurons(LayerSpec spec) {
        return Texts.get(spec.units() == 1 ? "layer.neuron" : "layer.neurons", spec.units());
    }

    private static HBox plusMinus(PlaygroundViewModel vm, int layer) {
        Button plus = ToolbarView.iconButton("mdi-plus", "addNeuron-" + layer, Texts.get("layer.addNeuron"));
        plus.setOnAction(e -> vm.addNeuron(layer));
        Button minus = ToolbarView.iconButton("mdi-minus", "removeNeuron-" + layer, Texts.get("layer.removeNeuron"));
        minus.setOnAction(e -> vm.removeNeuron(layer));
        for (Button b : List.of(plus, minus)) {
            b.setMinWidth(0);
            b.setMinHeight(0);
            b.setStyle("-fx-min-width: 1.6em; -fx-min-height: 1.6em; -fx-padding: 0.1em 0.25em;");
        }
        HBox buttons = new HBox(2, plus, minus);
        buttons.setAlignment(Pos.CENTER);
        return buttons;
    }

    private static HBox dropout(PlaygroundViewModel vm, int layer, LayerSpec spec) {
        TextField dropout = new TextField(Format.exact(spec.dropout()));
        dropout.setPrefColumnCount(2);
        dropout.setMinWidth(0);
        dropout.setId("dropout-" + layer);
        Tooltip dropTip = new Tooltip(Texts.get("layer.dropout.help", RangeTexts.describe(Limits.DROPOUT)));
        dropout.setTooltip(dropTip);
        dropout.textProperty().addListener((o, a, t) -> markField(dropout, Validation.dropout(t).error(), dropTip));
        dropout.setOnAction(e -> markField(dropout, vm.setDropout(layer, dropout.getText()), dropTip));
        dropout.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                markField(dropout, vm.setDropout(layer, dropout.getText()), dropTip);
            }
        });
        Label dropLabel = new Label(Texts.get("layer.dropout"));
        dropLabel.getStyleClass().add("small");
        dropLabel.setMinWidth(0);
        HBox dropBox = new HBox(3, dropLabel, dropout);
        dropBox.setAlignment(Pos.CENTER);
        return dropBox;
    }

    private static void markField(TextField f, String error, Tooltip tip) {
        f.getStyleClass().remove("invalid");
        if (error != null) {
            f.getStyleClass().add("invalid");
            tip.setText(error);
        }
    }
}
