package org.jevons.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/** Which columns {@link Scaling#find} takes for images of another: one monotone rounding, bit for bit, and no other. */
class ScalingTest {
	private static final int N = 5_000;

	private static double[] original() {
		SplittableRandom random = new SplittableRandom(3);
		double[] x = new double[N];
		for (int i = 0; i < N; i++) {
			x[i] = random.nextDouble(0.1, 1e6);
		}
		return x;
	}

	private static Optional<Scaling> find(DoubleUnaryOperator image) {
		double[] x = original();
		double[] y = new double[N];
		for (int i = 0; i < N; i++) {
			y[i] = image.applyAsDouble(x[i]);
		}
		return Scaling.find(0, x, y);
	}

	@Test
	void oneMultiplicationOrDivisionByAPositiveConstant() {
		assertEquals(Optional.of(new Scaling(0, 1.0, false)), find(x -> x));
		assertEquals(Optional.of(new Scaling(0, 0.561, false)), find(x -> x * 0.561));
		assertEquals(Optional.of(new Scaling(0, 3600, true)), find(x -> x / 3600));
		assertEquals(Optional.of(new Scaling(0, 1e-310, false)), find(x -> x * 1e-310), "into the subnormals");
	}

	@Test
	void nothingElse() {
		assertEquals(Optional.empty(), find(x -> -x * 2), "decreasing");
		assertEquals(Optional.empty(), find(x -> x * 2 + 1), "affine");
		assertEquals(Optional.empty(), find(x -> x * 0.1 * 0.3), "two roundings");
		assertEquals(Optional.empty(), find(x -> x * x), "not linear");
		double[] x = original(), y = original();
		y[N / 2] = Math.nextUp(y[N / 2]);
		assertEquals(Optional.empty(), Scaling.find(0, x, y), "all but one");
		y = original();
		x[0] = 0;
		assertEquals(Optional.empty(), Scaling.find(0, x, y), "a first value of zero");
		y[N - 1] = -0.0;
		assertEquals(Optional.empty(), Scaling.find(0, original(), y), "the last value");
	}

	@Test
	void theImageOfAnOrderStatisticIsTheOrderStatisticOfTheImages() {
		Scaling s = new Scaling(0, 0.1, false);
		double[] x = original(), y = new double[N];
		for (int i = 0; i < N; i++) {
			y[i] = s.apply(x[i]);
		}
		java.util.Arrays.sort(x);
		java.util.Arrays.sort(y);
		for (int i = 0; i < N; i++) {
			assertEquals(y[i], s.apply(x[i]));
		}
	}
}
