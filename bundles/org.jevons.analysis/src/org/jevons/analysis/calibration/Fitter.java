package org.jevons.analysis.calibration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Least squares in log space: the knobs minimise the mean over rows of log²(predicted/measured energy per token)
 * plus, where a row has its measured power, log²(predicted/measured power per accelerator) — energy alone
 * cannot tell a slower step from a higher power, the power column can. Bounded, derivative-free (BOBYQA,
 * Powell 2009, from Apache Commons Math) in coordinates scaled to [0, 1] per knob.
 */
public final class Fitter {
	private static final int MAX_EVALUATIONS = 5_000;

	/** Fitted knob values (in the order of {@link #knobs()}) and the objective they reach. */
	public record Fit(List<Knobs.Knob> knobs, double[] values, double objective) {
		public Map<String, Double> byPath() {
			Map<String, Double> map = new LinkedHashMap<>();
			for (int k = 0; k < knobs.size(); k++) {
				map.put(knobs.get(k).path(), values[k]);
			}
			return map;
		}
	}

	private Fitter() {
	}

	/** Fits the knobs to the given rows of the predictor, starting from the engine's defaults. */
	public static Fit fit(Predictor predictor, int[] rows) {
		List<Knobs.Knob> knobs = predictor.knobs();
		int n = knobs.size();
		double[] start = new double[n];
		double[] defaults = predictor.defaults();
		for (int k = 0; k < n; k++) {
			Knobs.Knob knob = knobs.get(k);
			double clamped = Math.min(knob.upper(), Math.max(knob.lower(), defaults[k]));
			start[k] = (clamped - knob.lower()) / (knob.upper() - knob.lower());
		}
		MultivariateFunction objective = x -> objective(predictor, rows, unscale(knobs, x));
		BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, 0.1, 1e-5);
		PointValuePair best = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(objective),
				GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(new double[n], filled(n, 1)));
		return new Fit(knobs, unscale(knobs, best.getPoint()), best.getValue());
	}

	/** Mean squared log error of energy per token, plus that of power where measured. */
	public static double objective(Predictor predictor, int[] rows, double[] values) {
		double[] out = new double[2];
		double sum = 0;
		for (int i : rows) {
			predictor.predict(i, values, out);
			Measurement m = predictor.measurements().get(i);
			double energy = Math.log(out[0] / m.joulesPerToken());
			sum += energy * energy;
			if (m.powerPerAccelerator().isPresent()) {
				double power = Math.log(out[1] / m.powerPerAccelerator().getAsDouble());
				sum += power * power;
			}
		}
		return Double.isFinite(sum) ? sum / rows.length : Double.MAX_VALUE;
	}

	private static double[] unscale(List<Knobs.Knob> knobs, double[] x) {
		double[] values = new double[x.length];
		for (int k = 0; k < x.length; k++) {
			Knobs.Knob knob = knobs.get(k);
			values[k] = knob.lower() + x[k] * (knob.upper() - knob.lower());
		}
		return values;
	}

	private static double[] filled(int n, double x) {
		double[] array = new double[n];
		java.util.Arrays.fill(array, x);
		return array;
	}
}
