package neurallab.ui.insight;

import neurallab.engine.OptimizerType;
import neurallab.session.insight.FormulaWords;
import neurallab.session.insight.LossSurface;
import neurallab.session.insight.RaceSetting;
import neurallab.ui.text.Texts;

/**
 * The insight texts whose key follows from a value of the session (a surface, a setting, a setting's bounds, the
 * walkthrough's words), so each view asks for them the same way.
 */
final class InsightTexts {
    /** The walkthrough formulas' few words in the current language. */
    static final FormulaWords WORDS = new FormulaWords() {
        @Override
        public String more(int terms) {
            return Texts.get("insight.formula.more", terms);
        }

        @Override
        public String classIndex(int y) {
            return Texts.get("insight.formula.class", y);
        }

        @Override
        public String oneHot() {
            return Texts.get("insight.formula.oneHot");
        }

        @Override
        public String firstStep(String optimizer) {
            return Texts.get("insight.formula.firstStep", optimizer);
        }
    };

    private InsightTexts() {
    }

    /** The text of key prefix + the value's name (insight.surface.BOWL, …); every value has one. */
    static String named(String prefix, Enum<?> value, Object... args) {
        String key = prefix + value.name();
        return Texts.get(key, args);
    }

    static String surface(LossSurface s) {
        return named("insight.surface.", s);
    }

    static String setting(RaceSetting s) {
        return named("insight.setting.", s);
    }

    /** "a number > 0 and ≤ 10": the values the setting accepts. */
    static String range(RaceSetting s) {
        return Texts.get("insight.race.range", s.lowerInclusive() ? "≥" : ">", InsightPane.plain(s.lower()),
                s.upperInclusive() ? "≤" : "<", InsightPane.plain(s.upper()));
    }

    /** "adam: learning rate must be a number > 0 and ≤ 10". */
    static String problem(OptimizerType type, RaceSetting s) {
        return Texts.get("insight.race.problem", type.id(), setting(s), range(s));
    }
}
