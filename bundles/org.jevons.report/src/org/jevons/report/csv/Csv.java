package org.jevons.report.csv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** RFC 4180 fields and records. */
final class Csv {
	private Csv() {
	}

	/** A field, quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
	static String field(String s) {
		boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
				|| !s.strip().equals(s) || s.startsWith("#");
		return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
	}

	static void record(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields.get(i)));
		}
		out.append('\n');
	}

	/** Powers of ten that are exact doubles. */
	private static final double[] POW10 = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10 };
	/** 10^e for e = −4 .. 15. */
	private static final double[] DECADES = { 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
			1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
	private static final long[] POWERS = { 1, 10, 100, 1000, 10_000, 100_000 };

	/** Six significant figures, plain digits where short; empty for a value that is not a number. */
	static String number(double x) {
		StringBuilder out = new StringBuilder(16);
		number(out, x);
		return out.toString();
	}

	/**
	 * {@link #number(double)} appended to {@code out}. Sweeps write millions of these, so plain numbers are
	 * formatted from a scaled long; values where double arithmetic could round otherwise than the exact decimal
	 * value (near a tie, near a power of ten) take the exact {@link BigDecimal} path, so the text is the same.
	 */
	static void number(StringBuilder out, double x) {
		if (Double.isNaN(x) || Double.isInfinite(x)) {
			return;
		}
		if (x == 0) {
			out.append('0');
			return;
		}
		double a = Math.abs(x);
		if (a >= 1e-4 && a < 1e15 && plain(out, x, a)) {
			return;
		}
		BigDecimal b = new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros();
		out.append(a >= 1e-4 && a < 1e15 ? b.toPlainString() : b.toString());
	}

	/** The decimal exponent of a in [10⁻⁴, 10¹⁵): the largest e with 10^e ≤ a, up to rounding of the bounds. */
	private static int exponent(double a) {
		int e = -4;
		while (e < 14 && a >= DECADES[e + 5]) {
			e++;
		}
		return e;
	}

	/** The fast path of {@link #number(StringBuilder, double)}; false (nothing written) when it cannot decide. */
	private static boolean plain(StringBuilder out, double x, double a) {
		int shift = 5 - exponent(a); // a·10^shift has six digits before the point (checked below)
		if (shift < -10 || shift > 10) {
			return false;
		}
		// one rounding: relative error ≤ 2⁻⁵³, so below 10⁻⁹ absolute for a value below 10⁶
		double scaled = shift >= 0 ? a * POW10[shift] : a / POW10[-shift];
		double whole = Math.floor(scaled);
		double fraction = scaled - whole;
		if (Math.abs(fraction - 0.5) < 1e-6) {
			return false;
		}
		long digits = (long) whole + (fraction > 0.5 ? 1 : 0);
		if (digits < 100_000 || digits >= 1_000_000) {
			return false;
		}
		while (digits % 10 == 0) {
			digits /= 10;
			shift--;
		}
		if (x < 0) {
			out.append('-');
		}
		int length = digits >= 100_000 ? 6 : digits >= 10_000 ? 5 : digits >= 1000 ? 4 : digits >= 100 ? 3
				: digits >= 10 ? 2 : 1;
		if (shift >= length) {
			out.append("0.");
			for (int i = length; i < shift; i++) {
				out.append('0');
			}
		}
		int point = shift > 0 && shift < length ? length - shift : -1;
		for (long unit = POWERS[length - 1], d = digits; unit > 0; unit /= 10) {
			if (point-- == 0) {
				out.append('.');
			}
			out.append((char) ('0' + d / unit));
			d %= unit;
		}
		for (int i = 0; i < -shift; i++) {
			out.append('0');
		}
		return true;
	}
}
