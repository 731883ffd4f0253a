package org.jevons.report.csv;

/**
 * The text of a sweep's varied inputs' values, kept by the value's bits: a sweep has a few thousand distinct values
 * per input, each formatted once per segment instead of once per point. One per segment (not thread-safe).
 */
final class InputText {
	private static final int SLOTS = 1 << 13;
	private final long[] bits = new long[SLOTS];
	/** The text's length plus one; 0 for an empty slot (a value that is not a number has no text). */
	private final byte[] lengths = new byte[SLOTS];
	private final byte[] texts = new byte[SLOTS * SixFigures.MAX_LENGTH];
	/** The first eight bytes of each text: most inputs' whole text, copied by one store. */
	private final long[] heads = new long[SLOTS];

	/** As {@link SixFigures#write}, with the same room after {@code at}. */
	int write(byte[] out, int at, double value) {
		long key = Double.doubleToRawLongBits(value);
		int slot = (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> 51); // Fibonacci hashing to 13 bits
		int offset = slot * SixFigures.MAX_LENGTH;
		if (lengths[slot] != 0 && bits[slot] == key) {
			int n = lengths[slot] - 1;
			if (n <= 8) {
				SixFigures.putEightBytes(out, at, heads[slot]);
			} else {
				System.arraycopy(texts, offset, out, at, n);
			}
			return at + n;
		}
		int end = SixFigures.write(out, at, value);
		bits[slot] = key;
		lengths[slot] = (byte) (end - at + 1);
		System.arraycopy(out, at, texts, offset, end - at);
		heads[slot] = SixFigures.eightBytes(out, at); // the bytes after a shorter text are overwritten after it
		return end;
	}
}
