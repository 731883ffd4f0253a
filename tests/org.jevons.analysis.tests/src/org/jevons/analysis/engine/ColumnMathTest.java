package org.jevons.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ColumnMathTest {
	/** The documented bound (ColumnMath#exp, docs/methodology.md): two units in the last place. */
	private static final double RELATIVE_ERROR = 4e-16;

	@Test
	void expIsWithinTwoUlpsOfStrictMath() {
		SplittableRandom random = new SplittableRandom(1);
		double[] x = new double[Block.SIZE], y = new double[Block.SIZE], scratch = new double[Block.SIZE];
		double worst = 0;
		for (int run = 0; run < 400; run++) {
			for (int i = 0; i < x.length; i++) {
				// the expert coverage's arguments (batch · log(1 − k/E)) lie in [−50, 0]; the rest of the domain too
				x[i] = run % 2 == 0 ? -50 * random.nextDouble() : -708 + 1417 * random.nextDouble();
			}
			ColumnMath.exp(x, y, scratch, x.length);
			for (int i = 0; i < x.length; i++) {
				double exact = StrictMath.exp(x[i]);
				worst = Math.max(worst, Math.abs(y[i] - exact) / exact);
			}
		}
		assertTrue(worst <= RELATIVE_ERROR, "worst relative error " + worst);
		assertTrue(worst > 0, "a test that compares with StrictMath itself cannot fail");
	}

	@Test
	void expEdgesAndInPlace() {
		double[] x = { 0, 1, -1, Math.log(2), Double.NaN, Double.NEGATIVE_INFINITY, -800, 710, 1e-300 };
		double[] y = x.clone();
		ColumnMath.exp(y, y, new double[x.length], x.length);
		assertEquals(1, y[0]);
		assertEquals(Math.E, y[1], Math.ulp(Math.E));
		assertEquals(1 / Math.E, y[2], Math.ulp(1 / Math.E));
		assertEquals(2, y[3], Math.ulp(2.0));
		assertTrue(Double.isNaN(y[4]));
		// clamped at the ends of the normal doubles, as documented
		assertEquals(StrictMath.exp(-708), y[5], 2 * Math.ulp(StrictMath.exp(-708)));
		assertEquals(y[5], y[6]);
		assertEquals(StrictMath.exp(709), y[7], 2 * Math.ulp(StrictMath.exp(709)));
		assertEquals(1, y[8]);
	}

	@Test
	void sampledColumnsEqualOneDrawAtATime() {
		// the vectorised uniform and triangular loops against CounterRandom and Parameter.triangular, bit for bit
		ParameterSpace space = new ParameterSpace();
		int u = space.add(Parameter.declared("o", "u", org.jevons.analysis.spec.Value.uniform(-3, 5)));
		int t = space.add(Parameter.declared("o", "t", org.jevons.analysis.spec.Value.triangular(600, 1100, 3000)));
		int left = space.add(Parameter.declared("o", "left", org.jevons.analysis.spec.Value.triangular(1, 1, 2)));
		int right = space.add(Parameter.declared("o", "right", org.jevons.analysis.spec.Value.triangular(1, 2, 2)));
		Sampler sampler = new Sampler(space, 99);
		Block block = new Block(space.nominal(), 0);
		double[] point = space.nominal();
		for (long first = 0; first < 40 * Block.SIZE; first += Block.SIZE) {
			sampler.fill(block, first, Block.SIZE);
			for (int i = 0; i < Block.SIZE; i++) {
				sampler.fill(point, first + i);
				for (int p : new int[] { u, t, left, right }) {
					assertEquals(Double.doubleToRawLongBits(point[p]), Double.doubleToRawLongBits(block.in(p)[i]));
				}
			}
		}
	}
}
