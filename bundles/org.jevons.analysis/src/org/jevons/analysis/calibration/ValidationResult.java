package org.jevons.analysis.calibration;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.calibration.ErrorTable.Line;
import org.jevons.analysis.calibration.ErrorTable.Prediction;
import org.jevons.analysis.calibration.Fitter.Fit;
import org.jevons.analysis.calibration.Validation.Holdout;

/**
 * What {@code jevons validate} reports: every row predicted with the engine's defaults and their error, and,
 * when asked, values fitted on all rows with the error of predicting each held-out group from the others.
 *
 * @param predictions every row with the engine's defaults
 * @param errors      their error table
 * @param fitted      present when a fit was asked for
 */
public record ValidationResult(List<Prediction> predictions, List<Line> errors, Optional<Fitted> fitted) {

	/**
	 * @param fit           fitted on every row: the values to paste
	 * @param holdout       what was held out together
	 * @param heldOut       each row predicted with values fitted without its group (same order as the rows)
	 * @param heldOutErrors their error table
	 */
	public record Fitted(Fit fit, Holdout holdout, List<Prediction> heldOut, List<Line> heldOutErrors) {
	}

	/** Predicts the measurements with the defaults and, if {@code fit}, fits and cross-validates. */
	public static ValidationResult of(List<Measurement> measurements, boolean fit, Holdout holdout) {
		Predictor predictor = new Predictor(measurements);
		List<Prediction> predictions = Validation.predict(predictor, predictor.defaults());
		if (!fit) {
			return new ValidationResult(predictions, ErrorTable.of(predictions), Optional.empty());
		}
		Validation.HeldOut heldOut = Validation.heldOut(predictor, holdout);
		Fitted fitted = new Fitted(Validation.fitAll(predictor), holdout, heldOut.predictions(),
				ErrorTable.of(heldOut.predictions()));
		return new ValidationResult(predictions, ErrorTable.of(predictions), Optional.of(fitted));
	}
}
