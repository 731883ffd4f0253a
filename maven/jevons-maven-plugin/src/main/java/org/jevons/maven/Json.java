package org.jevons.maven;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader for the CLI's report ({@code analyze --format json}): objects become {@link LinkedHashMap}s,
 * arrays {@link List}s, numbers {@link BigDecimal}s. Hand-written because a plugin should not drag a JSON library
 * into users' builds (Maven's core exports none) for one small, well-formed document written by our own tool.
 */
final class Json {
	private final String text;
	private int pos;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		json.skipWhitespace();
		Object value = json.value();
		json.skipWhitespace();
		if (json.pos != text.length()) throw json.error("trailing content");
		return value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	/** The array's objects; an absent key (null) or a non-array gives an empty list. */
	static List<Map<String, Object>> objects(Object value) {
		List<Map<String, Object>> result = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (Object element : list) result.add(object(element));
		}
		return result;
	}

	static int intValue(Object value) {
		return value instanceof BigDecimal number ? number.intValue() : 0;
	}

	/**
	 * A quantity object ({@code {"value": 1.6, "unit": "Wh", ...}}) or a bare number as text with four significant
	 * digits, e.g. {@code 1.6 Wh}; {@code ?} when absent.
	 */
	static String quantity(Object value) {
		if (value instanceof BigDecimal number) return number(number);
		Map<String, Object> q = object(value);
		if (!(q.get("value") instanceof BigDecimal number)) return "?";
		Object unit = q.get("unit");
		return number(number) + (unit == null || "1".equals(unit) ? "" : " " + unit);
	}

	private static String number(BigDecimal number) {
		BigDecimal rounded = number.round(new MathContext(4)).stripTrailingZeros();
		double magnitude = Math.abs(rounded.doubleValue());
		return magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e9) ? rounded.toString() : rounded.toPlainString();
	}

	private Object value() {
		if (pos >= text.length()) throw error("unexpected end");
		char c = text.charAt(pos);
		return switch (c) {
		case '{' -> objectValue();
		case '[' -> arrayValue();
		case '"' -> stringValue();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> numberValue();
		};
	}

	private Map<String, Object> objectValue() {
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		skipWhitespace();
		if (consume('}')) return map;
		do {
			skipWhitespace();
			String key = stringValue();
			skipWhitespace();
			expect(':');
			skipWhitespace();
			map.put(key, value());
			skipWhitespace();
		} while (consume(','));
		expect('}');
		return map;
	}

	private List<Object> arrayValue() {
		List<Object> list = new ArrayList<>();
		pos++;
		skipWhitespace();
		if (consume(']')) return list;
		do {
			skipWhitespace();
			list.add(value());
			skipWhitespace();
		} while (consume(','));
		expect(']');
		return list;
	}

	private String stringValue() {
		expect('"');
		StringBuilder sb = new StringBuilder();
		while (pos < text.length()) {
			char c = text.charAt(pos++);
			if (c == '"') return sb.toString();
			if (c != '\\') {
				sb.append(c);
				continue;
			}
			if (pos >= text.length()) break;
			char e = text.charAt(pos++);
			switch (e) {
			case 'n' -> sb.append('\n');
			case 't' -> sb.append('\t');
			case 'r' -> sb.append('\r');
			case 'b' -> sb.append('\b');
			case 'f' -> sb.append('\f');
			case 'u' -> {
				if (pos + 4 > text.length()) throw error("bad \\u escape");
				sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
				pos += 4;
			}
			default -> sb.append(e); // \" \\ \/
			}
		}
		throw error("unterminated string");
	}

	private BigDecimal numberValue() {
		int start = pos;
		while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) pos++;
		try {
			return new BigDecimal(text.substring(start, pos));
		} catch (NumberFormatException e) {
			throw error("bad number '" + text.substring(start, pos) + "'");
		}
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, pos)) throw error("expected " + word);
		pos += word.length();
		return value;
	}

	/** Skips {@code c} if it comes next. */
	private boolean consume(char c) {
		if (pos < text.length() && text.charAt(pos) == c) {
			pos++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!consume(c)) throw error("expected '" + c + "'");
	}

	private void skipWhitespace() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("invalid JSON at offset " + pos + ": " + what);
	}
}
