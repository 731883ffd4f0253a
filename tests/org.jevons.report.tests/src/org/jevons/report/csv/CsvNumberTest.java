package org.jevons.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The fast number format of sweep rows writes exactly what six-digit BigDecimal rounding writes. */
class CsvNumberTest {
	static String exact(double x) {
		if (Double.isNaN(x) || Double.isInfinite(x)) {
			return "";
		}
		if (x == 0) {
			return "0";
		}
		BigDecimal b = new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros();
		double a = Math.abs(x);
		return a >= 1e-4 && a < 1e15 ? b.toPlainString() : b.toString();
	}

	@Test
	void sameAsBigDecimalOverEveryMagnitude() {
		SplittableRandom random = new SplittableRandom(13);
		for (int i = 0; i < 1_000_000; i++) {
			double x = Math.pow(10, random.nextDouble(-8, 18)) * (random.nextBoolean() ? 1 : -1);
			assertEquals(exact(x), Csv.number(x), () -> Double.toString(x));
		}
		for (int i = 0; i < 200_000; i++) {
			double x = Math.pow(10, random.nextDouble(-330, 309)) * (random.nextBoolean() ? 1 : -1);
			assertEquals(exact(x), Csv.number(x), () -> Double.toString(x));
		}
	}

	/** Values of one to six significant digits (trailing zeros dropped, the point with them) at every exponent. */
	@Test
	void sameAsBigDecimalForShortValuesOfEveryExponent() {
		SplittableRandom random = new SplittableRandom(17);
		for (int e = -12; e <= 20; e++) {
			for (int digits = 1; digits <= 7; digits++) {
				for (int i = 0; i < 200; i++) {
					long mantissa = random.nextLong((long) Math.pow(10, digits - 1), (long) Math.pow(10, digits));
					double x = Double.parseDouble(mantissa + "e" + (e - digits + 1)) * (i % 2 == 0 ? 1 : -1);
					assertEquals(exact(x), Csv.number(x), () -> Double.toString(x));
				}
			}
		}
	}

	@Test
	void bytesWrittenAtAnOffsetWithinMaxLength() {
		for (double x : new double[] { -0.000123456789, -0.00000123456789, -123456789012345.0, -12345.6, -0.5, 999999999999999.9, 4.9e-324, -1.7976931348623157e308, 1234567,
				0.5, Double.NaN }) {
			byte[] out = new byte[3 + SixFigures.MAX_LENGTH + 3];
			java.util.Arrays.fill(out, (byte) '#');
			int end = SixFigures.write(out, 3, x);
			String expected = exact(x);
			assertEquals(3 + expected.length(), end, () -> Double.toString(x));
			assertEquals("###" + expected, new String(out, 0, end, java.nio.charset.StandardCharsets.US_ASCII),
					() -> Double.toString(x));
			assertEquals("###", new String(out, out.length - 3, 3, java.nio.charset.StandardCharsets.US_ASCII),
					"nothing beyond MAX_LENGTH");
		}
	}

	@Test
	void sameAsBigDecimalAtTiesPowersOfTenAndShortValues() {
		double[] cases = { 1.234565, 1.2345650000001, 999999.5, 999999.4999, 9.999995, 0.0001, 0.00009999995, 1e15,
				999999999999999.9, 1e14, 123456, 1234567, 0.5, 1, 10, 100, 3327.283, 1787.283, 2.5e-5, -0.30000000000000004,
				Double.MAX_VALUE, Double.MIN_VALUE, 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 86_400, 1e6 / 86_400 };
		for (double x : cases) {
			assertEquals(exact(x), Csv.number(x), () -> Double.toString(x));
		}
		for (int k = -325; k <= 308; k++) {
			double p = Math.pow(10, k), q = Double.parseDouble("1e" + k);
			for (double x : new double[] { p, Math.nextUp(p), Math.nextDown(p), p * 1.000005, p * 0.9999995, q,
					Math.nextUp(q), Math.nextDown(q), q * 1.000005, q * 0.9999995, q * 9.999995, q * 9.9999949 }) {
				assertEquals(exact(x), Csv.number(x), () -> Double.toString(x));
			}
		}
	}
}
