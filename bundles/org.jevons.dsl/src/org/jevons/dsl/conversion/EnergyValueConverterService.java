package org.jevons.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Value converters for the data type rules of the .energy grammar.
 * <ul>
 * <li>{@code Number}: {@code 671B}, {@code 14.8T}, {@code 2.788M}, {@code 1.5k}, {@code 3.14e23}, {@code -5}
 * to a double; exact decimal scaling (BigDecimal), so {@code 2.788M} is exactly 2788000. A value that
 * does not fit a double ({@code 1e309}, {@code 1e-400}) is a diagnostic, not a crash.</li>
 * <li>multi-keyword names ({@code average power}, {@code demand growth}, {@code model.parameters}):
 * the token text with hidden tokens collapsed to one space, instead of the parser's concatenation
 * ({@code averagepower}).</li>
 * </ul>
 */
public class EnergyValueConverterService extends DefaultTerminalConverters {

	private final IValueConverter<Double> number = new NumberConverter();
	private final IValueConverter<String> tokenText = new TokenTextConverter();

	@ValueConverter(rule = "Number")
	public IValueConverter<Double> Number() {
		return number;
	}

	@ValueConverter(rule = "Unit")
	public IValueConverter<String> Unit() {
		return tokenText;
	}

	@ValueConverter(rule = "AcceleratorKey")
	public IValueConverter<String> AcceleratorKey() {
		return tokenText;
	}

	@ValueConverter(rule = "NodeKey")
	public IValueConverter<String> NodeKey() {
		return tokenText;
	}

	@ValueConverter(rule = "GridKey")
	public IValueConverter<String> GridKey() {
		return tokenText;
	}

	@ValueConverter(rule = "DatacenterKey")
	public IValueConverter<String> DatacenterKey() {
		return tokenText;
	}

	@ValueConverter(rule = "ModelKey")
	public IValueConverter<String> ModelKey() {
		return tokenText;
	}

	@ValueConverter(rule = "TrainingKey")
	public IValueConverter<String> TrainingKey() {
		return tokenText;
	}

	@ValueConverter(rule = "InferenceKey")
	public IValueConverter<String> InferenceKey() {
		return tokenText;
	}

	@ValueConverter(rule = "ProjectionKey")
	public IValueConverter<String> ProjectionKey() {
		return tokenText;
	}

	@ValueConverter(rule = "PropertyPath")
	public IValueConverter<String> PropertyPath() {
		return tokenText;
	}

	@ValueConverter(rule = "MetricName")
	public IValueConverter<String> MetricName() {
		return tokenText;
	}

	public static class NumberConverter extends AbstractNullSafeConverter<Double> {

		@Override
		protected Double internalToValue(String string, INode node) throws ValueConverterException {
			String s = string.trim();
			BigDecimal scale = BigDecimal.ONE;
			char last = s.charAt(s.length() - 1);
			switch (last) {
			case 'k' -> scale = BigDecimal.TEN.pow(3);
			case 'M' -> scale = BigDecimal.TEN.pow(6);
			case 'B' -> scale = BigDecimal.TEN.pow(9);
			case 'T' -> scale = BigDecimal.TEN.pow(12);
			default -> { }
			}
			if (scale != BigDecimal.ONE) {
				s = s.substring(0, s.length() - 1);
			}
			BigDecimal exact;
			try {
				exact = new BigDecimal(s).multiply(scale);
			} catch (NumberFormatException | ArithmeticException e) {
				// no cause: Xtext would report the cause's (BigDecimal's) message instead of ours
				throw new ValueConverterException("Not a number: '" + string + "'", node, null);
			}
			double d = exact.doubleValue();
			if (Double.isInfinite(d)) {
				throw new ValueConverterException("Number out of range: '" + string + "' is larger than "
						+ Double.MAX_VALUE, node, null);
			}
			if (d == 0.0 && exact.signum() != 0) {
				throw new ValueConverterException("Number out of range: '" + string + "' is too close to zero",
						node, null);
			}
			return d;
		}

		@Override
		protected String internalToString(Double value) {
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString(value.longValue());
			}
			return Double.toString(value);
		}
	}

	public static class TokenTextConverter extends AbstractNullSafeConverter<String> {

		@Override
		protected String internalToValue(String string, INode node) {
			// the parser's concatenation leaves hidden tokens out: when it spans the whole node there were none
			// inside, and it already is the token text (most keys and units are one token)
			if (node == null || node.getLength() == string.length()) {
				return string;
			}
			return NodeModelUtils.getTokenText(node);
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}
	}
}
