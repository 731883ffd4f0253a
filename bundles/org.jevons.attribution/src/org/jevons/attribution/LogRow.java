package org.jevons.attribution;

/**
 * One request of a log as a reader hands it over. Mutable and reused: a reader fills the same instance for every
 * row, {@link Attribution#accept(LogRow)} copies what it keeps.
 */
public final class LogRow {
	/** {@link #time} when the row has no time or it could not be read as one. */
	public static final long NO_TIME = Long.MIN_VALUE;

	/** The file the row comes from, as given by the user. */
	public String source = "";
	/** 1-based number of the row in its file (data rows, without the header). */
	public long row;
	/** Microseconds since 1970-01-01T00:00Z, or {@link #NO_TIME}. */
	public long time = NO_TIME;
	public String model = "";
	public String provider = "";
	public String region = "";
	/** Token counts; {@link Double#NaN} when the cell is empty or not a number. */
	public double prompt, reasoning, answer;
	/** Grid intensity in gCO2e/kWh from the log, {@link Double#NaN} when not given. */
	public double carbon = Double.NaN;
	/** Values of the extra {@code --by} columns, in the order of {@link Plan#extraColumns()}. */
	public String[] by = new String[0];
}
