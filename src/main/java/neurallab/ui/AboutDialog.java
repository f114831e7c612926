package neurallab.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import neurallab.AppInfo;
import neurallab.ui.text.Texts;

/**
 * Help > About: the version (from the pom), the Java and JavaFX versions it runs on, and the licences
 * of everything bundled in the installers. Open it with {@code AboutDialog.show(ownerWindow)}.
 */
public final class AboutDialog {

    /** One bundled component and its licence. */
    record Credit(String component, String licence) {
    }

    static final List<Credit> LIBRARIES = List.of(
            new Credit("OpenJFX (JavaFX)", "GPL v2 with the Classpath Exception"),
            new Credit("OpenJDK runtime (bundled in the installers)", "GPL v2 with the Classpath Exception"),
            new Credit("Ikonli", "Apache License 2.0"),
            new Credit("Material Design Icons 1.7.22 font (Austin Andrews and Google)", "SIL Open Font License 1.1"),
            new Credit("EJML (Efficient Java Matrix Library)", "Apache License 2.0"),
            new Credit("Jackson", "Apache License 2.0"),
            new Credit("picocli", "Apache License 2.0"));

    static final List<Credit> DATASETS = List.of(
            new Credit("Optical Recognition of Handwritten Digits (UCI), via scikit-learn", "CC BY 4.0"),
            new Credit("Iris (UCI), via scikit-learn", "CC BY 4.0"));

    private AboutDialog() {
    }

    /** The JavaFX runtime version, e.g. "21.0.12+2". */
    static String javaFxVersion() {
        return System.getProperty("javafx.runtime.version", "unknown");
    }

    /** Everything the dialog says, as plain text (also what "copy" puts on the clipboard). */
    static String text() {
        StringBuilder s = new StringBuilder();
        s.append(AppInfo.nameAndVersion()).append('\n');
        s.append(AppInfo.description()).append("\n\n");
        s.append("Java: ").append(AppInfo.javaVersion()).append('\n');
        s.append("JavaFX: ").append(javaFxVersion()).append("\n\n");
        s.append(Texts.get("about.libraries")).append('\n');
        for (Credit c : LIBRARIES) {
            s.append("  ").append(c.component()).append(": ").append(c.licence()).append('\n');
        }
        s.append('\n').append(Texts.get("about.datasets")).append('\n');
        for (Credit c : DATASETS) {
            s.append("  ").append(c.component()).append(": ").append(c.licence()).append('\n');
        }
        return s.toString();
    }

    /** Builds the dialog (not shown). */
    static Alert create(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle(Texts.get("about.title", AppInfo.name()));
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CLOSE)).setText(Texts.get("dialog.close"));
        alert.setHeaderText(AppInfo.nameAndVersion());
        if (owner != null && owner.getScene() != null) { // JavaFX needs the owner's scene for its stylesheets
            alert.initOwner(owner);
        }
        TextArea details = new TextArea(text());
        details.setId("aboutText");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(18);
        details.setPrefColumnCount(60);
        Label versions = new Label(Texts.get("about.versions", Runtime.version(), javaFxVersion()));
        versions.setId("aboutVersions");
        alert.getDialogPane().setContent(new VBox(8, versions, details));
        alert.setResizable(true);
        return alert;
    }

    /** Shows the dialog and waits until it is closed. */
    public static void show(Window owner) {
        create(owner).showAndWait();
    }
}
