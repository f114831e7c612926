package neurallab.data;

import java.util.ArrayList;
import java.util.List;

/** Collects problem messages, keeping the first {@value #SHOWN} and counting the rest. */
public final class Problems {
    public static final int SHOWN = 20;

    private final List<String> shown = new ArrayList<>();
    private int more;

    void add(String problem) {
        if (shown.size() < SHOWN) {
            shown.add(problem);
        } else {
            more++;
        }
    }

    boolean isEmpty() {
        return shown.isEmpty();
    }

    /** The messages, ending with "and N more problems" when some were left off. */
    List<String> list() {
        List<String> all = new ArrayList<>(shown);
        if (more > 0) {
            all.add("and " + more + " more problem" + (more == 1 ? "" : "s"));
        }
        return all;
    }

    /**
     * The first {@value #SHOWN} of {@code problems}, then "and N more problems" when there are more; a list already
     * capped (20 and its count line) is left as it is.
     */
    public static List<String> capped(List<String> problems) {
        if (problems.size() <= SHOWN + 1) {
            return problems;
        }
        Problems capped = new Problems();
        problems.forEach(capped::add);
        return capped.list();
    }

    void throwIfAny() throws DataException {
        if (!isEmpty()) {
            throw new DataException(list());
        }
    }
}
