package org.jevons.report.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteOrder;

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
	/** Decimal exponents of the fast path; beyond, BigDecimal (subnormal numbers among them). */
	private static final int SMALLEST = -300, LARGEST = 299;
	/** 10^k for k = 0 .. 305, the doubles nearest (exact up to 10²²). */
	private static final double[] POW10 = new double[6 - SMALLEST];
	/** 10^e for e = SMALLEST .. LARGEST + 1, the doubles nearest. */
	private static final double[] DECADES = new double[LARGEST - SMALLEST + 2];
	/** "00" .. "99". */
	private static final byte[] PAIRS = new byte[200];
	private static final MathContext SIX = new MathContext(6);
	/** Eight bytes at once, the first byte lowest: one store writes a number's digits. */
	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
	/** '0' in each of eight bytes, and in the six bytes that hold digits. */
	private static final long ASCII_ZEROS = 0x3030_3030_3030_3030L, ASCII_SIX = 0x0000_3030_3030_3030L;
	/** "0.000000" */
	private static final long ZERO_POINT_ZEROS = ASCII_ZEROS + ('.' - '0' << 8);

	static {
		for (int k = 0; k < POW10.length; k++) {
			POW10[k] = Double.parseDouble("1e" + k);
		}
		for (int e = SMALLEST; e <= LARGEST + 1; e++) {
			DECADES[e - SMALLEST] = Double.parseDouble("1e" + e);
		}
		for (int p = 0; p < 100; p++) {
			PAIRS[2 * p] = (byte) ('0' + p / 10);
			PAIRS[2 * p + 1] = (byte) ('0' + p % 10);
		}
	}

	private SixFigures() {
	}

	/**
	 * Writes {@code x} into {@code out} from {@code at}; returns the index after it. The bytes up to
	 * {@code at + MAX_LENGTH} may be used as scratch (trailing zeros are written, then dropped).
	 */
	static int write(byte[] out, int at, double x) {
		if (x - x != 0) { // NaN or infinite
			return at;
		}
		if (x == 0) {
			out[at] = '0';
			return at + 1;
		}
		double a = Math.abs(x);
		if (a >= 1e-300 && a < 1e300) {
			int end = fast(out, at, x < 0, a);
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

	/** Eight bytes from {@code at}, the first in the lowest byte. */
	static long eightBytes(byte[] bytes, int at) {
		return (long) LONGS.get(bytes, at);
	}

	/** Writes eight bytes from {@code at}, the first from the lowest byte. */
	static void putEightBytes(byte[] bytes, int at, long value) {
		LONGS.set(bytes, at, value);
	}

	/** The number as text. */
	static String text(double x) {
		byte[] out = new byte[MAX_LENGTH];
		return new String(out, 0, write(out, 0, x), java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	/**
	 * a·10^(5−e), with e its decimal exponent, rounded to six digits; −1 (nothing written) when the double
	 * arithmetic cannot decide the rounding (a tie within 10⁻⁶ of a unit, or a carry to seven digits).
	 */
	private static int fast(byte[] out, int at, boolean negative, double a) {
		int e = exponent(a);
		int shift = 5 - e;
		// the powers are within half an ulp, one more rounding: below 10⁻⁹ absolute for a value below 10⁶
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
		int i = at;
		if (negative) {
			out[i++] = '-';
		}
		long digitBytes = digitBytes(digits);
		// the digits' trailing zeros: the zero bytes above the last non-zero one, less the two spare bytes
		int zeros = Long.numberOfLeadingZeros(digitBytes) / 8 - 2;
		// with six digits the rounded value's exponent is e: BigDecimal writes it plainly from 10⁻⁶ (toString's
		// rule; from 10⁻⁴ the caller asks for toPlainString) up to 10¹⁵, where toString takes over
		if (e >= 5 && e <= 14) { // dddddd000: the spare bytes and the next eight are zeros, e + 1 ≤ 15 digits
			LONGS.set(out, i, digitBytes + ASCII_ZEROS);
			LONGS.set(out, i + 8, ASCII_ZEROS);
			return i + e + 1;
		}
		long ascii = digitBytes + ASCII_SIX;
		if (e >= 0 && e < 5) { // ddd.ddd
			return pointed(out, i, ascii, e + 1, zeros);
		}
		if (e >= -6 && e < 0) { // 0.000dddddd: "0." and −e − 1 zeros, then the digits
			LONGS.set(out, i, ZERO_POINT_ZEROS);
			LONGS.set(out, i + 1 - e, ascii);
			return i + 7 - e - zeros;
		}
		i = pointed(out, i, ascii, 1, zeros); // d.dddddE±x
		out[i++] = 'E';
		out[i++] = (byte) (e > 0 ? '+' : '-');
		int magnitude = Math.abs(e);
		if (magnitude >= 100) {
			out[i++] = (byte) ('0' + magnitude / 100);
		}
		if (magnitude >= 10) {
			out[i++] = PAIRS[2 * (magnitude % 100)];
		}
		out[i++] = PAIRS[2 * (magnitude % 100) + 1];
		return i;
	}

	/**
	 * The six digits of {@code digits} (100 000 .. 999 999) as numbers 0 .. 9, one per byte, the most significant in
	 * the lowest byte, the top two bytes zero: two lanes of four digits, divided into pairs, then into single digits,
	 * by multiply-shift in one long (the digits of 00dddddd, shifted past the leading two).
	 */
	private static long digitBytes(int digits) {
		long merged = (digits / 10_000) | ((long) (digits % 10_000) << 32);
		long hundreds = ((merged * 10_486) >>> 20) & 0x0000_007F_0000_007FL; // each lane / 100, exact below 10⁴
		long pairs = hundreds | ((merged - 100 * hundreds) << 16);
		long tens = ((pairs * 103) >>> 10) & 0x000F_000F_000F_000FL; // each pair / 10, exact below 100
		return (tens | ((pairs - 10 * tens) << 8)) >>> 16;
	}

	/**
	 * The six digits in {@code ascii} with a point after the first {@code integer} (1 .. 5) of them, by one store,
	 * without the fraction's trailing zeros ({@code zeros} of the six digits), nor the point when none is left;
	 * returns the index after them.
	 */
	private static int pointed(byte[] out, int at, long ascii, int integer, int zeros) {
		int bits = 8 * integer;
		long low = ascii & ((1L << bits) - 1);
		LONGS.set(out, at, low | ((long) '.' << bits) | ((ascii ^ low) << 8));
		return zeros >= 6 - integer ? at + integer : at + 7 - zeros;
	}

	/**
	 * The decimal exponent of a: the e with DECADES[e] ≤ a < DECADES[e+1]. With b the binary exponent,
	 * e₀ = ⌊b·log10 2⌋ has 10^e₀ ≤ 2^b ≤ a, and so does the double nearest 10^e₀; e is e₀ or e₀ + 1.
	 */
	private static int exponent(double a) {
		int e = (Math.getExponent(a) * 78_913) >> 18; // ⌊b·log10 2⌋, exact for |b| < 1100
		return a >= DECADES[e + 1 - SMALLEST] ? e + 1 : e;
	}
}
