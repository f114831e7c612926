package neurallab.ui.viewmodel;

/** A typed value checked on the spot: the value, or a message saying what is allowed. */
public record Checked<T>(T value, String error) {
    public static <T> Checked<T> ok(T value) {
        return new Checked<>(value, null);
    }

    public static <T> Checked<T> error(String message) {
        return new Checked<>(null, message);
    }

    public boolean isOk() {
        return error == null;
    }
}
