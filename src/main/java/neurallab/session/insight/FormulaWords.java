package neurallab.session.insight;

/**
 * The few words inside the walkthrough's formulas, in the reader's language: everything else in a formula is
 * symbols and numbers, the same in every language. The window gives its translation; {@link #ENGLISH} serves
 * headless use and tests.
 */
public interface FormulaWords {
    /** After a sum cut short: "(3 more)" terms not written out. */
    String more(int terms);

    /** A class target: "class 2". */
    String classIndex(int y);

    /** After p − y when the target is a class among several: "(y one-hot)". */
    String oneHot();

    /** An adaptive optimizer's update, made from zero state: "(adam, first step)". */
    String firstStep(String optimizer);

    FormulaWords ENGLISH = new FormulaWords() {
        @Override
        public String more(int terms) {
            return "(" + terms + " more)";
        }

        @Override
        public String classIndex(int y) {
            return "class " + y;
        }

        @Override
        public String oneHot() {
            return "(y one-hot)";
        }

        @Override
        public String firstStep(String optimizer) {
            return "(" + optimizer + ", first step)";
        }
    };
}
