package neurallab.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * What one window's views hold on things that outlive the window (the view-model, the appearance, the stage):
 * listeners and bindings registered here are all let go by {@link #release()} when the window is taken down,
 * so a window built again (another language) leaves nothing of the old one reachable or at work. A view's
 * listeners on its own nodes go away with the nodes and need no entry here.
 */
public final class Subscriptions {
    private final List<Runnable> undo = new ArrayList<>();

    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        undo.add(() -> value.removeListener(listener));
    }

    public void listen(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        undo.add(() -> value.removeListener(listener));
    }

    /** {@code own} follows {@code source} until released. */
    public <T> void bind(Property<T> own, ObservableValue<? extends T> source) {
        own.bind(source);
        undo.add(own::unbind);
    }

    /** {@code own} and {@code shared} follow each other until released. */
    public <T> void bindBidirectional(Property<T> own, Property<T> shared) {
        own.bindBidirectional(shared);
        undo.add(() -> own.unbindBidirectional(shared));
    }

    /** Removes every listener and undoes every binding registered so far. */
    public void release() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
