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
 * not a {@code .energy} file, a missing path and a folder without any are usage errors naming the argument.
 */
final class Inputs {
	static final String EXTENSION = ".energy";

	private Inputs() {
	}

	static List<Path> expand(CommandLine commandLine, List<Path> arguments) {
		List<Path> files = new ArrayList<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				List<Path> found = walk(commandLine, argument);
				if (found.isEmpty()) {
					throw new ParameterException(commandLine, "no " + EXTENSION + " files in folder " + argument);
				}
				files.addAll(found);
			} else if (Files.isRegularFile(argument)) {
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

	private static List<Path> walk(CommandLine commandLine, Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(EXTENSION)).sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new ParameterException(commandLine, "cannot read folder " + folder + ": " + e.getMessage());
		}
	}
}
