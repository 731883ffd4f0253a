package org.jevons.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jevons.attribution.Plan;
import org.jevons.attribution.Usage;
import org.jevons.attribution.load.UsageBuilder;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.jevons.dsl.workspace.Problem;

/**
 * What executors need to rebuild the driver's {@link Plan}: the text of the {@code .energy} files and the settings.
 * Plans hold the engine's specs, which are not serializable; the sources are, and parsing them once per executor
 * JVM gives the same specs (a plan is cached per source).
 */
public record PlanSource(Map<String, String> files, String mapping, int samples, long seed, long from, long to,
		List<String> by) implements Serializable {

	private static final Map<PlanSource, Plan> PLANS = new ConcurrentHashMap<>();

	/** Reads the files (e.g. on the driver, from its local disk). */
	public static PlanSource read(List<Path> energyFiles, String mapping, int samples, long seed, long from, long to,
			List<String> by) throws IOException {
		Map<String, String> files = new TreeMap<>();
		for (Path file : energyFiles) {
			// numbered: two folders may hold files of the same name
			files.put(files.size() + "-" + file.getFileName(), Files.readString(file));
		}
		return new PlanSource(files, mapping, samples, seed, from, to, List.copyOf(by));
	}

	/** The plan, parsed and validated once per JVM. */
	public Plan plan() {
		return PLANS.computeIfAbsent(this, PlanSource::load);
	}

	private Plan load() {
		try {
			Path dir = Files.createTempDirectory("jevons-spark-plan");
			List<Path> paths = new ArrayList<>();
			for (Map.Entry<String, String> file : files.entrySet()) {
				paths.add(Files.writeString(dir.resolve(file.getKey()), file.getValue()));
			}
			EnergyWorkspace workspace = EnergyWorkspace.load(paths);
			List<Problem> errors = workspace.validate().stream().filter(Problem::isError).toList();
			if (!errors.isEmpty()) {
				throw new IllegalArgumentException("the .energy files have errors:\n"
						+ String.join("\n", errors.stream().map(Problem::format).toList()));
			}
			Usage usage = UsageBuilder.build(workspace.files()).stream().filter(u -> u.name().equals(mapping))
					.findFirst().orElseThrow(() -> new IllegalArgumentException("no usage mapping " + mapping));
			return new Plan(usage, samples, seed, from, to, by);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
