package org.jevons.analysis;

/** The physical kind of a figure and the SI unit its value is expressed in. */
public enum Dimension {
	ENERGY("J"), POWER("W"), MASS_CO2E("kgCO2e"), WATER("L"), TIME("s"), COMPUTE("FLOP"), RATIO("1"),
	CURRENCY("USD"), TOKENS("tokens"), DATA("B");

	private final String siUnit;

	Dimension(String siUnit) {
		this.siUnit = siUnit;
	}

	/** The unit every value of this dimension is stored in. */
	public String siUnit() {
		return siUnit;
	}
}
