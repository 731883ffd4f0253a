package org.jevons.analysis.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Origin;

/**
 * A comma-separated table (RFC 4180: quoted fields, doubled quotes, no line breaks inside quotes) whose cells
 * remember where they were written, so that every complaint about a value names its file, line and column.
 */
public final class CsvTable {
	/** One cell: its text and where it starts. */
	public record Cell(String text, Origin origin) {
	}

	/** One data row: its cells by lower-case header name. */
	public record Row(Origin origin, Map<String, Cell> cells) {
		public Optional<Cell> cell(String column) {
			return Optional.ofNullable(cells.get(column));
		}
	}

	private final String file;
	private final List<String> header;
	private final List<Row> rows;

	private CsvTable(String file, List<String> header, List<Row> rows) {
		this.file = file;
		this.header = header;
		this.rows = rows;
	}

	/**
	 * Reads the text; the first non-blank line is the header. A row that cannot be split (an unterminated quote,
	 * more fields than the header) stops reading with a {@link CsvException} that names its place.
	 */
	public static CsvTable parse(String file, String text) throws CsvException {
		String[] lines = text.split("\r?\n", -1);
		List<String> header = List.of();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
			if (line.isBlank()) {
				continue;
			}
			List<Cell> cells = split(file, i + 1, line);
			if (header.isEmpty()) {
				header = cells.stream().map(c -> c.text().trim().toLowerCase(Locale.ROOT)).toList();
				continue;
			}
			if (cells.size() > header.size()) {
				throw new CsvException(cells.get(header.size()).origin(), "row has " + cells.size()
						+ " fields but the header has " + header.size());
			}
			Map<String, Cell> byName = new HashMap<>();
			for (int c = 0; c < cells.size(); c++) {
				byName.put(header.get(c), cells.get(c));
			}
			rows.add(new Row(new Origin(file, i + 1, 1), byName));
		}
		return new CsvTable(file, header, rows);
	}

	private static List<Cell> split(String file, int line, String text) throws CsvException {
		List<Cell> cells = new ArrayList<>();
		int i = 0;
		while (true) {
			int start = i;
			StringBuilder value = new StringBuilder();
			if (i < text.length() && text.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= text.length()) {
						throw new CsvException(new Origin(file, line, start + 1), "unterminated quoted field");
					}
					char c = text.charAt(i++);
					if (c == '"') {
						if (i < text.length() && text.charAt(i) == '"') {
							value.append('"');
							i++;
						} else {
							break;
						}
					} else {
						value.append(c);
					}
				}
				while (i < text.length() && text.charAt(i) != ',') {
					value.append(text.charAt(i++));
				}
			} else {
				while (i < text.length() && text.charAt(i) != ',') {
					value.append(text.charAt(i++));
				}
			}
			cells.add(new Cell(value.toString(), new Origin(file, line, start + 1)));
			if (i >= text.length()) {
				return cells;
			}
			i++; // the comma
		}
	}

	public String file() {
		return file;
	}

	/** Header names, lower case, in file order. */
	public List<String> header() {
		return header;
	}

	public List<Row> rows() {
		return rows;
	}

	/** A table that cannot be read at all, with the place where reading stopped. */
	public static final class CsvException extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient Origin origin;

		public CsvException(Origin origin, String message) {
			super(message);
			this.origin = origin;
		}

		public Origin origin() {
			return origin;
		}
	}
}
