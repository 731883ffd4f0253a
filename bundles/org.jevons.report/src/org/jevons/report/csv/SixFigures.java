package org.jevons.report.csv;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A number rounded to six significant figures (half up, from the double's exact binary value), trailing zeros
 * dropped, plain digits for magnitudes in [10⁻⁴, 10¹⁵) and {@link BigDecimal#toString()}'s scientific form
 * otherwise; nothing for a value that is not a number. Written as ASCII bytes into the caller's array, because a
 * sweep writes a hundred million of these: plain numbers are formatted from a scaled integer, and values where
 * double arithmetic could round otherwise than the exact decimal value (near a tie, near a power of ten) take the
 * exact {@link BigDecimal} path, so the text is the same as BigDecimal's in every case.
 */
final class SixFigures {
	/** Bytes one number may take at most: sign, 16 digits, point; or BigDecimal's form with an exponent. */
	static final int MAX_LENGTH = 32;
	/** Powers of ten that are exact doubles. */
	private static final double[] POW10 = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10 };
	/** 10^e for e = −4 .. 15. */
	private static final double[] DECADES = { 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
			1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
	private static final int LOWEST = -4, HIGHEST = 14;
	private static final MathContext SIX = new MathContext(6);

	private SixFigures() {
	}

	/** Writes {@code x} into {@code out} from {@code at}; returns the index after it. */
	static int write(byte[] out, int at, double x) {
		if (x - x != 0) { // NaN or infinite
			return at;
		}
		if (x == 0) {
			out[at] = '0';
			return at + 1;
		}
		double a = Math.abs(x);
		if (a >= 1e-4 && a < 1e15) {
			int end = plain(out, at, x < 0, a);
			if (end >= 0) {
				return end;
			}
		}
		BigDecimal b = new BigDecimal(x).round(SIX).stripTrailingZeros();
		String text = a >= 1e-4 && a < 1e15 ? b.toPlainString() : b.toString();
		for (int i = 0; i < text.length(); i++) {
			out[at + i] = (byte) text.charAt(i);
		}
		return at + text.length();
	}

	/** The number as text. */
	static String text(double x) {
		byte[] out = new byte[MAX_LENGTH];
		return new String(out, 0, write(out, 0, x), java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	/**
	 * The fast path for a in [10⁻⁴, 10¹⁵): a·10^shift rounded to six digits; −1 (nothing written) when the double
	 * arithmetic cannot decide the rounding.
	 */
	private static int plain(byte[] out, int at, boolean negative, double a) {
		int shift = 5 - exponent(a); // a·10^shift has six digits before the point (checked below)
		// one rounding: relative error ≤ 2⁻⁵³, so below 10⁻⁹ absolute for a value below 10⁶
		double scaled = shift >= 0 ? a * POW10[shift] : a / POW10[-shift];
		long whole = (long) scaled; // floor: scaled is positive
		double fraction = scaled - whole;
		if (Math.abs(fraction - 0.5) < 1e-6) {
			return -1;
		}
		int digits = (int) whole + (fraction > 0.5 ? 1 : 0);
		if (digits < 100_000 || digits >= 1_000_000) {
			return -1;
		}
		int length = 6;
		while (digits % 10 == 0) {
			digits /= 10;
			shift--;
			length--;
		}
		int i = at;
		if (negative) {
			out[i++] = '-';
		}
		if (shift >= length) { // 0.000ddd
			out[i++] = '0';
			out[i++] = '.';
			for (int z = length; z < shift; z++) {
				out[i++] = '0';
			}
			return digits(out, i + length, digits, length);
		}
		if (shift > 0) { // ddd.ddd
			int end = i + length + 1;
			digits(out, end, digits, shift);
			out[end - shift - 1] = '.';
			digits(out, end - shift - 1, digits / (int) POW10[shift], length - shift);
			return end;
		}
		i = digits(out, i + length, digits, length); // ddd000
		for (int z = 0; z < -shift; z++) {
			out[i++] = '0';
		}
		return i;
	}

	/** The last {@code count} decimal digits of {@code value}, ending before {@code end}; returns {@code end}. */
	private static int digits(byte[] out, int end, int value, int count) {
		int v = value;
		for (int i = end - 1; i >= end - count; i--) {
			out[i] = (byte) ('0' + v % 10);
			v /= 10;
		}
		return end;
	}

	/**
	 * The decimal exponent of a in [10⁻⁴, 10¹⁵): the largest e ≤ 14 with DECADES[e] ≤ a (the doubles nearest the
	 * powers of ten). Starts from the binary exponent's estimate, then steps to it.
	 */
	private static int exponent(double a) {
		int e = Math.max(LOWEST, Math.min(HIGHEST, (Math.getExponent(a) * 78_913) >> 18)); // ⌊log10(2)·binary⌋
		while (e < HIGHEST && a >= DECADES[e + 5]) {
			e++;
		}
		while (e > LOWEST && a < DECADES[e + 4]) {
			e--;
		}
		return e;
	}
}
