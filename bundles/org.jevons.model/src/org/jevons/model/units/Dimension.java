package org.jevons.model.units;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A physical dimension as integer exponents of the language's base quantities. Besides time and energy the
 * domain needs quantities that SI has no dimension for (compute in FLOP, data in bytes, emissions in CO2e
 * mass, water volume, money, tokens), so dimension checking is done on this small vector.
 */
public record Dimension(int[] exponents) {

	/** The base quantities, in the order of {@link #exponents()}, with the SI-like unit each is stored in. */
	public enum Base {
		ENERGY("J"), TIME("s"), COMPUTE("FLOP"), DATA("B"), CO2E("kgCO2e"), WATER("L"), MONEY("USD"), TOKEN("token");

		private final String unit;

		Base(String unit) {
			this.unit = unit;
		}

		public String unit() {
			return unit;
		}
	}

	public static final Dimension NONE = new Dimension(new int[Base.values().length]);
	public static final Dimension ENERGY = of(Base.ENERGY);
	public static final Dimension TIME = of(Base.TIME);
	public static final Dimension COMPUTE = of(Base.COMPUTE);
	public static final Dimension DATA = of(Base.DATA);
	public static final Dimension CO2E = of(Base.CO2E);
	public static final Dimension WATER = of(Base.WATER);
	public static final Dimension MONEY = of(Base.MONEY);
	public static final Dimension TOKEN = of(Base.TOKEN);
	public static final Dimension POWER = ENERGY.divide(TIME);
	public static final Dimension COMPUTE_RATE = COMPUTE.divide(TIME);
	public static final Dimension DATA_RATE = DATA.divide(TIME);
	public static final Dimension RATE = NONE.divide(TIME);
	public static final Dimension CARBON_INTENSITY = CO2E.divide(ENERGY);
	public static final Dimension WATER_INTENSITY = WATER.divide(ENERGY);
	public static final Dimension ENERGY_PRICE = MONEY.divide(ENERGY);
	public static final Dimension TIME_PRICE = MONEY.divide(TIME);
	public static final Dimension ENERGY_PER_TOKEN = ENERGY.divide(TOKEN);
	public static final Dimension DATA_PER_TOKEN = DATA.divide(TOKEN);
	public static final Dimension TOKEN_RATE = TOKEN.divide(TIME);

	public Dimension {
		exponents = exponents.clone();
	}

	private static Dimension of(Base base) {
		int[] e = new int[Base.values().length];
		e[base.ordinal()] = 1;
		return new Dimension(e);
	}

	public Dimension multiply(Dimension other) {
		int[] e = exponents.clone();
		for (int i = 0; i < e.length; i++) {
			e[i] += other.exponents[i];
		}
		return new Dimension(e);
	}

	public Dimension divide(Dimension other) {
		int[] e = exponents.clone();
		for (int i = 0; i < e.length; i++) {
			e[i] -= other.exponents[i];
		}
		return new Dimension(e);
	}

	public boolean isDimensionless() {
		return equals(NONE);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Dimension d && Arrays.equals(exponents, d.exponents);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(exponents);
	}

	/** A readable name: the known names first ("power"), else the SI expression ("J/s"). */
	@Override
	public String toString() {
		return Names.of(this);
	}

	/** The SI unit expression of this dimension, e.g. {@code J/s}, {@code kgCO2e/J}, {@code 1}. */
	public String siUnit() {
		List<String> num = new ArrayList<>();
		List<String> den = new ArrayList<>();
		for (Base b : Base.values()) {
			int e = exponents[b.ordinal()];
			String s = b.unit() + (Math.abs(e) > 1 ? "^" + Math.abs(e) : "");
			if (e > 0) {
				num.add(s);
			} else if (e < 0) {
				den.add(s);
			}
		}
		String n = num.isEmpty() ? "1" : String.join("·", num);
		return den.isEmpty() ? n : n + "/" + String.join("/", den);
	}

	/** Human names of the dimensions properties use, for messages such as "expected a power". */
	private static final class Names {
		static String of(Dimension d) {
			if (d.equals(NONE)) return "dimensionless number";
			if (d.equals(ENERGY)) return "energy";
			if (d.equals(TIME)) return "time";
			if (d.equals(COMPUTE)) return "amount of compute";
			if (d.equals(DATA)) return "amount of data";
			if (d.equals(CO2E)) return "mass of CO2e";
			if (d.equals(WATER)) return "volume of water";
			if (d.equals(MONEY)) return "amount of money";
			if (d.equals(TOKEN)) return "number of tokens";
			if (d.equals(POWER)) return "power";
			if (d.equals(COMPUTE_RATE)) return "compute rate";
			if (d.equals(DATA_RATE)) return "bandwidth";
			if (d.equals(RATE)) return "rate per time";
			if (d.equals(CARBON_INTENSITY)) return "carbon intensity";
			if (d.equals(WATER_INTENSITY)) return "water intensity";
			if (d.equals(ENERGY_PRICE)) return "energy price";
			if (d.equals(TIME_PRICE)) return "price per time";
			if (d.equals(ENERGY_PER_TOKEN)) return "energy per token";
			if (d.equals(DATA_PER_TOKEN)) return "data per token";
			if (d.equals(TOKEN_RATE)) return "token rate";
			return d.siUnit();
		}
	}
}
