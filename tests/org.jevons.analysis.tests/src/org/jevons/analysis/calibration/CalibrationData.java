package org.jevons.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jevons.dsl.study.LibraryAccelerators;

/** The ML.ENERGY v3 calibration data of resources/calibration, read once, with the built-in accelerators. */
final class CalibrationData {
	static final Path DIRECTORY = Path.of("resources", "calibration");
	private static List<Measurement> measurements = List.of();

	private CalibrationData() {
	}

	static synchronized List<Measurement> measurements() {
		if (measurements.isEmpty()) {
			ModelFactsReader.Readout facts = ModelFactsReader.read("models.csv", read("models.csv"));
			assertEquals(List.of(), facts.problems());
			MeasurementReader.Readout readout = MeasurementReader.read("mlenergy-v3.csv", read("mlenergy-v3.csv"),
					LibraryAccelerators::named, facts.facts());
			assertEquals(List.of(), readout.problems());
			measurements = readout.measurements();
		}
		return measurements;
	}

	static Map<String, ModelFacts> facts() {
		return ModelFactsReader.read("models.csv", read("models.csv")).facts();
	}

	static String read(String name) {
		try {
			return Files.readString(DIRECTORY.resolve(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
