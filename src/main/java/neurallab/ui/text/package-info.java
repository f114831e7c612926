/**
 * The window's texts in English and Korean: {@link neurallab.ui.text.Texts} looks keys up in the resource
 * bundles beside it ({@code window}, {@code insights}, {@code lessons}, {@code presenting}, {@code files},
 * each with a {@code _ko} twin). A test keeps the two languages' keys equal. A {@link neurallab.ui.text.Phrase}
 * is a text kept for later (an undo step's name), rendered in the language in force when it is shown.
 */
package neurallab.ui.text;
