package org.jevons.analysis.projection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jevons.analysis.ReferenceScenario;

/**
 * The built-in reference scenarios, read from {@code reference-scenarios.txt} next to this class: data with
 * their sources, not code. Values there are TWh per year; here J per year.
 */
public final class ReferenceScenarios {
	private static final double TWH = 3.6e15;
	private static final Map<String, ReferenceScenario> ALL = load();

	private ReferenceScenarios() {
	}

	public static Optional<ReferenceScenario> find(String name) {
		return Optional.ofNullable(ALL.get(name));
	}

	public static List<String> names() {
		return List.copyOf(ALL.keySet());
	}

	private static Map<String, ReferenceScenario> load() {
		Map<String, List<String[]>> rows = new LinkedHashMap<>();
		try (InputStream in = ReferenceScenarios.class.getResourceAsStream("reference-scenarios.txt")) {
			if (in == null) {
				throw new IllegalStateException("reference-scenarios.txt is missing from the analysis bundle");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split(";", 8);
				for (int i = 0; i < cells.length; i++) {
					cells[i] = cells[i].strip();
				}
				rows.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the reference scenarios", e);
		}
		Map<String, ReferenceScenario> scenarios = new LinkedHashMap<>();
		rows.forEach((name, lines) -> {
			List<ReferenceScenario.Point> points = lines.stream()
					.map(c -> new ReferenceScenario.Point(Integer.parseInt(c[3]), Double.parseDouble(c[4]) * TWH,
							Double.parseDouble(c[5]) * TWH, Double.parseDouble(c[6]) * TWH))
					.toList();
			String[] first = lines.get(0);
			scenarios.put(name, new ReferenceScenario(name, first[1], first[2], first[7], points));
		});
		return scenarios;
	}
}
