package org.jevons.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of the command line on someone else's behalf (the background server's client): the folder its relative
 * paths start from, where its output goes, whether that is a terminal (colours in the help), and what to do after
 * the run ran out of memory (the server's heap is then suspect, so it retires).
 */
public record Invocation(Path workingDirectory, PrintWriter out, PrintWriter err, boolean terminal,
		List<String> args, Runnable afterOutOfMemory) {

	public Invocation {
		if (!workingDirectory.isAbsolute()) {
			throw new IllegalArgumentException("working directory must be absolute: " + workingDirectory);
		}
		args = List.copyOf(args);
	}
}
