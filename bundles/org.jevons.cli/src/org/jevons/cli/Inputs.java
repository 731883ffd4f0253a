package org.jevons.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Expands the FILE|DIR arguments: a folder stands for every {@code .energy} file below it, sorted. A file that is
 * not a {@code .energy} file, a missing path and a folder without any are usage errors naming the argument. Paths
 * keep the form they were given in (diagnostics show them so) and are looked up from the run's working directory.
 */
final class Inputs {
	static final String EXTENSION = ".energy";

	private Inputs() {
	}

	static List<Path> expand(CommandLine commandLine, List<Path> arguments, Path workingDirectory) {
		List<Path> files = new ArrayList<>();
		for (Path argument : arguments) {
			Path located = workingDirectory.resolve(argument);
			if (Files.isDirectory(located)) {
				List<Path> found = walk(commandLine, argument, located);
				if (found.isEmpty()) {
					throw new ParameterException(commandLine, "no " + EXTENSION + " files in folder " + argument);
				}
				files.addAll(found);
			} else if (Files.isRegularFile(located)) {
				if (!argument.toString().endsWith(EXTENSION)) {
					throw new ParameterException(commandLine,
							argument + " is not a " + EXTENSION + " file (give .energy files or folders of them)");
				}
				files.add(argument);
			} else {
				throw new ParameterException(commandLine, "no such file or folder: " + argument);
			}
		}
		return files;
	}

	private static List<Path> walk(CommandLine commandLine, Path folder, Path located) {
		try (Stream<Path> walk = Files.walk(located)) {
			return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(EXTENSION))
					.map(p -> folder.resolve(located.relativize(p))).sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new ParameterException(commandLine, "cannot read folder " + folder + ": " + e.getMessage());
		}
	}
}
