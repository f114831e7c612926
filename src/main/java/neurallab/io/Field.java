package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import neurallab.engine.StableName;

/**
 * A JSON value at a JSON path such as {@code layers[1].units}, read as the type a field needs. Every
 * getter returns the value, or null after adding a problem ("path: what is wrong") to the shared list.
 * Optional fields take a default when absent (missing or null); required ones report "missing".
 */
final class Field {
    private static final int SHOWN_CHARS = 40;

    private final JsonNode node;
    private final String path;
    private final List<String> problems;

    private Field(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    static Field root(JsonNode node, List<String> problems) {
        return new Field(node, "", problems);
    }

    private String path() {
        return path.isEmpty() ? "(root)" : path;
    }

    /** The member {@code name} of this object (absent when this is not an object). */
    Field get(String name) {
        JsonNode child = node != null && node.isObject() ? node.get(name) : null;
        return new Field(child, path.isEmpty() ? name : path + "." + name, problems);
    }

    boolean isAbsent() {
        return node == null || node.isNull() || node.isMissingNode();
    }

    void problem(String message) {
        problems.add(path() + ": " + message);
    }

    /** True if this is an object; reports it missing or of the wrong type otherwise. */
    boolean isObject() {
        return check(node != null && node.isObject(), "an object");
    }

    /** The names of this object's members, in file order. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The elements of a required array, or null. */
    List<Field> elements() {
        if (!check(node != null && node.isArray(), "an array")) {
            return null;
        }
        List<Field> elements = new ArrayList<>(node.size());
        Iterator<JsonNode> it = node.elements();
        for (int i = 0; it.hasNext(); i++) {
            elements.add(new Field(it.next(), path + "[" + i + "]", problems));
        }
        return elements;
    }

    Double number(Bounds bounds) {
        boolean ok = node != null && node.isNumber() && bounds.contains(node.doubleValue());
        return check(ok, bounds.describe()) ? node.doubleValue() : null;
    }

    Double number(double absentValue, Bounds bounds) {
        return isAbsent() ? Double.valueOf(absentValue) : number(bounds);
    }

    Integer integer(Bounds bounds) {
        Double value = number(bounds);
        return value == null ? null : value.intValue();
    }

    Integer integer(int absentValue, Bounds bounds) {
        return isAbsent() ? Integer.valueOf(absentValue) : integer(bounds);
    }

    /** Any integer that fits in 64 bits, read exactly. */
    Long longInteger() {
        boolean ok = node != null && node.isIntegralNumber() && node.canConvertToLong();
        return check(ok, "an integer from -2^63 to 2^63-1") ? node.longValue() : null;
    }

    Boolean bool(boolean absentValue) {
        if (isAbsent()) {
            return absentValue;
        }
        return check(node.isBoolean(), "true or false") ? node.booleanValue() : null;
    }

    /** A required non-empty string. */
    String text() {
        return check(node != null && node.isTextual() && !node.textValue().isBlank(), "a non-empty string")
                ? node.textValue() : null;
    }

    /** An optional string: {@code absentValue} (may be null) when absent. */
    String text(String absentValue) {
        return isAbsent() ? absentValue : text();
    }

    /** True if the value is exactly {@code expected}; reports it missing or different otherwise. */
    boolean isExactly(JsonNode expected) {
        return check(expected.equals(node), expected.toString());
    }

    /** The number written here, without checking it: NaN when it is absent or not a number. */
    double peekNumber() {
        return node != null && node.isNumber() ? node.doubleValue() : Double.NaN;
    }

    /** One of {@code options} by its name; the message lists the valid names. */
    <T> T choice(String noun, List<T> options, Function<T, String> name) {
        String valid = options.stream().map(name).collect(Collectors.joining(", "));
        if (isAbsent()) {
            problem("missing; the " + noun + " must be one of " + valid);
            return null;
        }
        for (T option : options) {
            if (node.isTextual() && name.apply(option).equals(node.textValue())) {
                return option;
            }
        }
        problem("unknown " + noun + " " + shown() + "; valid: " + valid);
        return null;
    }

    /** One of the constants of {@code type} by its stable name. */
    <E extends Enum<E> & StableName> E choice(String noun, Class<E> type) {
        return choice(noun, Arrays.asList(type.getEnumConstants()), StableName::id);
    }

    /** Reports "missing" or "must be {@code expected}, got …" unless {@code ok}. */
    private boolean check(boolean ok, String expected) {
        if (!ok) {
            problem(isAbsent() && !isNull() ? "missing; must be " + expected
                    : "must be " + expected + ", got " + shown());
        }
        return ok;
    }

    private boolean isNull() {
        return node != null && node.isNull();
    }

    /** The value as written, shortened: {@code "adamm"}, {@code -0.1}, {@code [1,2]}. */
    String shown() {
        String text = node.isNumber() && !Double.isFinite(node.doubleValue()) ? Double.toString(node.doubleValue())
                : node.toString();
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
    }
}
