package neurallab.ui.view;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small builders: a caption above a control, combo boxes that show stable names. */
final class Labelled {
    private Labelled() {
    }

    static VBox of(String caption, String help, Node control) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        LazyTooltip.installHelp(label, help);
        if (control instanceof Control c) {
            LazyTooltip.installHelp(c, help);
        }
        VBox box = new VBox(1, label, control);
        box.getStyleClass().add("labelled");
        return box;
    }

    /** A combo of values named by {@code name}; user picks go to {@code onPick}, model updates do not. */
    static <T> Combo<T> combo(List<T> values, Function<T, String> name, Consumer<T> onPick) {
        return new Combo<>(values, name, onPick);
    }

    static final class Combo<T> extends ComboBox<T> {
        private boolean updating;
        /** The value in force after a pick: a refused pick must not stay shown. */
        private Supplier<T> model;

        Combo(List<T> values, Function<T, String> name, Consumer<T> onPick) {
            getItems().setAll(values);
            StringConverter<T> conv = new StringConverter<>() {
                @Override
                public String toString(T t) {
                    return t == null ? "" : name.apply(t);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            };
            setConverter(conv);
            setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? "" : name.apply(item));
                }
            });
            valueProperty().addListener((o, a, v) -> {
                if (!updating && v != null && !v.equals(a)) {
                    onPick.accept(v);
                    if (model != null) {
                        show(model.get());
                    }
                }
            });
        }

        /** After each pick, shows what the model holds then (the pick, or the old value if it was refused). */
        Combo<T> follow(Supplier<T> inForce) {
            model = inForce;
            return this;
        }

        /** Shows the model's value without calling onPick. */
        void show(T value) {
            updating = true;
            try {
                setValue(value);
            } finally {
                updating = false;
            }
        }

        void showItems(List<T> values, T value) {
            updating = true;
            try {
                if (!getItems().equals(values)) {
                    getItems().setAll(values);
                }
                setValue(value);
            } finally {
                updating = false;
            }
        }
    }
}
