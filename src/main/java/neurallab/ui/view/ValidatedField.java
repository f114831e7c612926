package neurallab.ui.view;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A caption, a text field and, under it, what is wrong with the typed value. The value is checked on
 * every keystroke (red outline and message at once) and applied on Enter or when focus leaves; the
 * apply function returns null or the message to show.
 */
public final class ValidatedField extends VBox {
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final Function<String, String> check;
    private final Function<String, String> apply;
    private final StringProperty tipText = new SimpleStringProperty();
    private String lastApplied;


    public ValidatedField(String caption, String help, int columns, Function<String, String> check,
                          Function<String, String> apply) {
        this.check = check;
        this.apply = apply;
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        field.setPrefColumnCount(columns);
        helpText = help;
        tipText.set(help);
        LazyTooltip.installHelp(field, tipText);
        LazyTooltip.installHelp(label, tipText);
        error.getStyleClass().add("field-error");
        error.setMaxWidth(16 * 14);
        error.setWrapText(true);
        // the message floats under the field and takes no room: one bad entry must not reflow the toolbar
        error.setManaged(false);
        error.setViewOrder(-1);
        error.setMouseTransparent(true);
        error.setVisible(false);
        field.textProperty().addListener((o, a, text) -> show(check.apply(text)));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        setSpacing(1);
        getChildren().addAll(label, field, error);
        getStyleClass().add("validated-field");
    }

    public TextField field() {
        return field;
    }

    public ReadOnlyStringProperty errorText() {
        return errorText.getReadOnlyProperty();
    }

    /** Shows a value from the model (no apply): the model's values need no complaint. */
    public void setValue(String text) {
        if (!field.isFocused() || lastApplied == null) {
            lastApplied = text;
            field.setText(text);
            show(null);
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double width = Math.min(error.getMaxWidth(), Math.max(field.getWidth(), error.prefWidth(-1)));
        error.resizeRelocate(field.getLayoutX(), field.getLayoutY() + field.getHeight() + 1, width,
                error.prefHeight(width));
    }

    public void commit() {
        String text = field.getText();
        String problem = check.apply(text);
        if (problem == null && !text.equals(lastApplied)) {
            problem = apply.apply(text);
            if (problem == null) {
                lastApplied = text;
            }
        }
        show(problem);
    }

    private void show(String problem) {
        boolean bad = problem != null;
        errorText.set(bad ? problem : "");
        error.setText(bad ? problem : "");
        error.setVisible(bad);
        field.getStyleClass().remove("invalid");
        if (bad) {
            field.getStyleClass().add("invalid");
        }
        tipText.set(bad ? problem : tipBase());
    }

    private final String helpText;

    private String tipBase() {
        return helpText;
    }
}
