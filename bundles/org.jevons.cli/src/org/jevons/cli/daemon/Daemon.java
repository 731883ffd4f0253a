package org.jevons.cli.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jevons.cli.Invocation;
import org.jevons.cli.Main;
import org.jevons.dsl.workspace.EnergyWorkspace;

/**
 * {@code bin/jevons __daemon SOCKET [PID]}, started by the client when no server answers: once process PID (the
 * launcher running that first command itself) has ended, sets the language up, then serves until retired. Its
 * standard streams go to a log file beside the socket.
 */
public final class Daemon {
	/** How long a server waits for the next run before it exits (Gradle's daemon waits three hours). */
	static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
	/** The file the server analyses before its first client, beside this class. */
	private static final String WARM_UP = "warm-up.energy";

	private Daemon() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].matches("[0-9]{1,19}"))) {
			System.err.println("usage: Daemon SOCKET [PID]");
			System.exit(2);
		}
		Optional<ProcessHandle> after = args.length == 2 ? ProcessHandle.of(Long.parseLong(args[1]))
				: Optional.empty();
		Path installation = Path.of(Daemon.class.getProtectionDomain().getCodeSource().getLocation().getPath());
		Optional<FileTime> built = modified(installation);
		Duration idle = Duration.ofMinutes(Long.getLong("jevons.daemon.idleMinutes", DEFAULT_IDLE.toMinutes()));
		DaemonServer server = new DaemonServer(Path.of(args[0]), Main::run, System::exit, idle,
				() -> !modified(installation).equals(built));
		// the language's error log: to the client of the run being served, as in a JVM of its own; else the log
		PrintWriter log = new PrintWriter(System.err, true);
		Main.logErrorsTo(() -> server.currentError().orElse(log));
		if (!server.serve(() -> {
			after.ifPresent(process -> process.onExit().join());
			setUpLanguage();
		}, Daemon::warmUp)) {
			System.err.println("jevons: another background server holds " + args[0]);
		}
		System.exit(0);
	}

	/** The injector and the built-in library, before the first client connects. */
	private static void setUpLanguage() {
		EnergyWorkspace.prepareInBackground();
		try {
			EnergyWorkspace.awaitPrepared();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while setting the language up", e);
		}
	}

	/**
	 * Analyses a small built-in file once, its output discarded, so that the first client's analysis runs compiled
	 * code (about 0.7 s instead of 1.25 s for the flagship; docs/headless.md). Its diagnostics go to the log.
	 *
	 * @return false when it ran out of memory (the server then retires, as after a client's run)
	 * @throws IllegalStateException when the analysis fails otherwise (the server logs it and serves anyway)
	 */
	static boolean warmUp() {
		AtomicBoolean outOfMemory = new AtomicBoolean();
		try (InputStream text = Daemon.class.getResourceAsStream(WARM_UP)) {
			if (text == null) {
				throw new IllegalStateException(WARM_UP + " is missing from the jar");
			}
			Path folder = Files.createTempDirectory("jevons-warm-up");
			Path file = folder.resolve("warm-up.energy");
			try {
				Files.copy(text, file);
				PrintWriter discard = new PrintWriter(Writer.nullWriter());
				int status = Main.run(new Invocation(folder, discard, discard, false,
						List.of("analyze", file.toString()), () -> outOfMemory.set(true)));
				if (status != 0 && !outOfMemory.get()) {
					throw new IllegalStateException("the warm-up analysis ended with status " + status);
				}
				return !outOfMemory.get();
			} finally {
				Files.deleteIfExists(file);
				Files.deleteIfExists(folder);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the warm-up file", e);
		}
	}

	private static Optional<FileTime> modified(Path jar) {
		try {
			return Optional.of(Files.getLastModifiedTime(jar));
		} catch (IOException gone) {
			return Optional.empty(); // removed by a rebuild: differs from the time at start
		}
	}
}
