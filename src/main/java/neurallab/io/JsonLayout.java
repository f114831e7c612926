package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a JSON tree for people to read: an object or array that fits in {@value #WIDTH} characters
 * stays on one line, and so does one that holds only plain values (a weight row, a bias, a data point, a
 * layer, a trace row); anything else opens one line per member. Numbers keep full double precision (shortest round-tripping form).
 */
public final class JsonLayout {
    private static final int WIDTH = 100;
    private static final String INDENT = "  ";

    private JsonLayout() {
    }

    public static String format(JsonNode tree) {
        return layout(tree, "") + "\n";
    }

    private static String layout(JsonNode node, String indent) {
        String compact = compact(node);
        if (node.isValueNode() || indent.length() + compact.length() <= WIDTH || holdsOnlyValues(node)) {
            return compact;
        }
        String inner = indent + INDENT;
        List<String> members = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                members.add(inner + name(field.getKey()) + layout(field.getValue(), inner));
            }
        } else {
            node.elements().forEachRemaining(element -> members.add(inner + layout(element, inner)));
        }
        String open = node.isObject() ? "{" : "[";
        String close = node.isObject() ? "}" : "]";
        return open + "\n" + String.join(",\n", members) + "\n" + indent + close;
    }

    private static boolean holdsOnlyValues(JsonNode node) {
        for (JsonNode element : node) {
            if (!element.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static String compact(JsonNode node) {
        if (node.isObject()) {
            List<String> members = new ArrayList<>();
            node.fields().forEachRemaining(f -> members.add(name(f.getKey()) + compact(f.getValue())));
            return "{" + String.join(", ", members) + "}";
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.elements().forEachRemaining(e -> elements.add(compact(e)));
            return elements.stream().collect(Collectors.joining(", ", "[", "]"));
        }
        return node.toString();
    }

    private static String name(String key) {
        return TextNode.valueOf(key).toString() + ": ";
    }
}
