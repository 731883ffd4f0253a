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

/** Expands the FILE|DIR arguments: a folder stands for every {@code .energy} file below it, sorted. */
final class Inputs {
	private Inputs() {
	}

	static List<Path> expand(CommandLine commandLine, List<Path> arguments) {
		List<Path> files = new ArrayList<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				try (Stream<Path> walk = Files.walk(argument)) {
					walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".energy")).sorted()
							.forEach(files::add);
				} catch (IOException | UncheckedIOException e) {
					throw new ParameterException(commandLine, "cannot read folder " + argument + ": " + e.getMessage());
				}
			} else if (Files.isRegularFile(argument)) {
				files.add(argument);
			} else {
				throw new ParameterException(commandLine, "no such file or folder: " + argument);
			}
		}
		return files;
	}
}
