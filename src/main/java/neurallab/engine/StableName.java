package neurallab.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum constant saved in files by a stable name (e.g. "leaky-relu"), never by its Java name. */
public interface StableName {
    String id();

    static <E extends Enum<E> & StableName> Optional<E> parse(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** The valid names, for error messages: "sgd, momentum, adam". */
    static <E extends Enum<E> & StableName> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(StableName::id).collect(Collectors.joining(", "));
    }
}
