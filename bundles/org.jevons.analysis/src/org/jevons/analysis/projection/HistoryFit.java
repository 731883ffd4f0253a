package org.jevons.analysis.projection;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Observation;
import org.jevons.analysis.spec.Value;

/**
 * Fits the demand model to observed years by ordinary least squares in logs:
 * ln D = a + τ·ln(1 + G) − ε·ln P (G fitted only when not stated; with G stated, ln D − τ·ln(1 + G) is regressed
 * on ln P). The fitted value enters the projection as a symmetric triangular range with the standard deviation
 * of the estimate (half-width √6·SE); an exactly determined fit has no uncertainty.
 */
final class HistoryFit {
	/**
	 * @param elasticity   fitted ε with its uncertainty
	 * @param growth       fitted or stated G
	 * @param elasticitySe standard error of ε (0 when exactly determined)
	 * @param growthSe     standard error of ln(1 + G); empty when G was stated
	 * @param rSquared     share of the variance of ln D explained
	 * @param points       observations used
	 */
	record Fit(Value elasticity, Value growth, double elasticitySe, Optional<Double> growthSe, double rSquared,
			int points) {
	}

	/** Why a fit is impossible. */
	static final class Unidentified extends Exception {
		private static final long serialVersionUID = 1L;

		Unidentified(String message) {
			super(message);
		}
	}

	private HistoryFit() {
	}

	static Fit fit(List<Observation> history, Optional<Value> statedGrowth) throws Unidentified {
		boolean fitGrowth = statedGrowth.isEmpty();
		int k = fitGrowth ? 3 : 2;
		int n = history.size();
		if (n < k) {
			throw new Unidentified(n + " history point" + (n == 1 ? "" : "s") + " cannot fit "
					+ (fitGrowth ? "demand growth and elasticity (at least 3 points, or state `demand growth`)"
							: "the elasticity (at least 2 points)"));
		}
		int first = history.get(0).year();
		double logGrowth = statedGrowth.map(g -> Math.log1p(g.nominal())).orElse(0.0);
		double[][] x = new double[n][k];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			Observation o = history.get(i);
			double tau = o.year() - first;
			x[i][0] = 1;
			x[i][1] = Math.log(o.price());
			if (fitGrowth) {
				x[i][2] = tau;
			}
			y[i] = Math.log(o.demand()) - (fitGrowth ? 0 : tau * logGrowth);
		}
		double[][] xtx = new double[k][k];
		double[] xty = new double[k];
		for (int i = 0; i < n; i++) {
			for (int a = 0; a < k; a++) {
				xty[a] += x[i][a] * y[i];
				for (int b = 0; b < k; b++) {
					xtx[a][b] += x[i][a] * x[i][b];
				}
			}
		}
		double[][] inverse = invert(xtx).orElseThrow(() -> new Unidentified(fitGrowth
				? "the history cannot separate demand growth from the price response (prices change at a constant "
						+ "rate, so both explain the same trend): state `demand growth`"
				: "the history's prices do not change, so they say nothing about the elasticity"));
		double[] beta = new double[k];
		for (int a = 0; a < k; a++) {
			for (int b = 0; b < k; b++) {
				beta[a] += inverse[a][b] * xty[b];
			}
		}
		double rss = 0, mean = 0, tss = 0;
		for (double v : y) {
			mean += v / n;
		}
		for (int i = 0; i < n; i++) {
			double fitted = 0;
			for (int a = 0; a < k; a++) {
				fitted += x[i][a] * beta[a];
			}
			rss += (y[i] - fitted) * (y[i] - fitted);
			tss += (y[i] - mean) * (y[i] - mean);
		}
		int dof = n - k;
		double sigma2 = dof > 0 ? rss / dof : 0;
		double elasticitySe = Math.sqrt(sigma2 * inverse[1][1]);
		double epsilon = -beta[1];
		Value elasticity = spread(epsilon, elasticitySe, v -> v);
		Value growth = statedGrowth.orElseGet(() -> spread(beta[2], Math.sqrt(sigma2 * inverse[2][2]),
				v -> Math.expm1(v)));
		Optional<Double> growthSe = fitGrowth ? Optional.of(Math.sqrt(sigma2 * inverse[2][2])) : Optional.empty();
		double r2 = tss > 0 ? 1 - rss / tss : 1;
		return new Fit(elasticity, growth, elasticitySe, growthSe, r2, n);
	}

	/** A symmetric triangular range with standard deviation {@code se} around the estimate, mapped by f. */
	private static Value spread(double estimate, double se, java.util.function.DoubleUnaryOperator f) {
		double half = Math.sqrt(6) * se;
		return half > 0 ? Value.triangular(f.applyAsDouble(estimate - half), f.applyAsDouble(estimate),
				f.applyAsDouble(estimate + half)) : Value.of(f.applyAsDouble(estimate));
	}

	/** Gauss–Jordan with partial pivoting; empty when (numerically) singular. */
	static Optional<double[][]> invert(double[][] m) {
		int k = m.length;
		double[][] a = new double[k][2 * k];
		double scale = 0;
		for (int i = 0; i < k; i++) {
			System.arraycopy(m[i], 0, a[i], 0, k);
			a[i][k + i] = 1;
			for (int j = 0; j < k; j++) {
				scale = Math.max(scale, Math.abs(m[i][j]));
			}
		}
		for (int c = 0; c < k; c++) {
			int pivot = c;
			for (int r = c + 1; r < k; r++) {
				if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
					pivot = r;
				}
			}
			if (Math.abs(a[pivot][c]) <= 1e-10 * scale) {
				return Optional.empty();
			}
			double[] row = a[pivot];
			a[pivot] = a[c];
			a[c] = row;
			double d = a[c][c];
			for (int j = 0; j < 2 * k; j++) {
				a[c][j] /= d;
			}
			for (int r = 0; r < k; r++) {
				if (r != c && a[r][c] != 0) {
					double factor = a[r][c];
					for (int j = 0; j < 2 * k; j++) {
						a[r][j] -= factor * a[c][j];
					}
				}
			}
		}
		double[][] inverse = new double[k][k];
		for (int i = 0; i < k; i++) {
			System.arraycopy(a[i], k, inverse[i], 0, k);
		}
		return Optional.of(inverse);
	}
}
