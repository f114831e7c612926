package neurallab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** Everything a window registered through its subscriptions stops once released, and nothing else does. */
class SubscriptionsTest {
    private final Subscriptions subscriptions = new Subscriptions();

    @Test
    void aReleasedListenerHearsNoMoreChanges() {
        IntegerProperty shared = new SimpleIntegerProperty(0);
        List<Integer> heard = new ArrayList<>();
        List<Integer> invalidated = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        subscriptions.listen(shared, (o, was, now) -> heard.add(now.intValue()));
        subscriptions.listen(shared, o -> invalidated.add(shared.get()));
        shared.addListener((o, was, now) -> others.add(now.intValue())); // not the window's: stays

        shared.set(1);
        subscriptions.release();
        shared.set(2);

        assertEquals(List.of(1), heard);
        assertEquals(List.of(1), invalidated);
        assertEquals(List.of(1, 2), others);
    }

    @Test
    void aReleasedBindingIsUnboundAndKeepsItsLastValue() {
        StringProperty shared = new SimpleStringProperty("untitled");
        StringProperty own = new SimpleStringProperty();
        subscriptions.bind(own, shared);
        shared.set("xor.json");
        assertTrue(own.isBound());
        assertEquals("xor.json", own.get());

        subscriptions.release();
        shared.set("spiral.json");

        assertFalse(own.isBound());
        assertEquals("xor.json", own.get());
        own.set("mine"); // an unbound property may be set again
        assertEquals("spiral.json", shared.get());
    }

    @Test
    void aReleasedTwoWayBindingCarriesNothingEitherWay() {
        BooleanProperty shared = new SimpleBooleanProperty(false);
        BooleanProperty own = new SimpleBooleanProperty(false);
        subscriptions.bindBidirectional(own, shared);
        own.set(true);
        assertTrue(shared.get());

        subscriptions.release();
        own.set(false);
        assertTrue(shared.get());
        shared.set(false);
        shared.set(true);
        assertFalse(own.get());
    }

    @Test
    void releasingTwiceUndoesNothingTwice() {
        IntegerProperty shared = new SimpleIntegerProperty(0);
        List<Integer> heard = new ArrayList<>();
        subscriptions.listen(shared, (o, was, now) -> heard.add(now.intValue()));
        subscriptions.release();
        subscriptions.release();
        subscriptions.listen(shared, (o, was, now) -> heard.add(-now.intValue()));
        shared.set(3);
        assertEquals(List.of(-3), heard);
    }
}
