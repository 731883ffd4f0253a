package org.jevons.cli.daemon;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jevons.cli.Invocation;

/**
 * Serves runs of the command line on a Unix-domain socket, one at a time: the language's set-up and the compiled
 * code stay warm between runs. What it will not do it hands back ("run it yourself"): a second run while one is
 * running (the built-in library is shared and not safe for two runs at once), and commands other than
 * {@code check}, {@code analyze} and {@code validate} and the help. It retires — removes its socket, so that the
 * next client starts a fresh server, and exits — when idle too long, when its installation was rebuilt, when asked
 * to stop, when a run ran out of memory or failed inside, and when a client leaves during its run (Ctrl-C): the run
 * cannot be stopped from outside, and exiting is the only way not to spend the machine on it.
 */
public final class DaemonServer {
	private static final Logger LOG = Logger.getLogger(DaemonServer.class.getName());
	private static final Set<String> SERVED = Set.of("check", "analyze", "validate");

	/** Runs one invocation of the command line and returns its exit code. */
	@FunctionalInterface
	public interface Runner {
		int run(Invocation invocation);
	}

	private final Path socket;
	private final Runner runner;
	private final IntConsumer exit;
	private final Duration idleLimit;
	private final BooleanSupplier installationChanged;
	private final ReentrantLock running = new ReentrantLock();
	private final AtomicBoolean retired = new AtomicBoolean();
	private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
	private final AtomicLong served = new AtomicLong();
	private final Instant started = Instant.now();
	private volatile ServerSocketChannel server;
	/** Standard error of the run being served, while one is. */
	private volatile Optional<PrintWriter> currentError = Optional.empty();

	/**
	 * @param exit                called with the process's exit status once the server has retired (the process
	 *                            exits; tests record it instead)
	 * @param installationChanged whether the jars this server runs were rebuilt or removed since it started
	 */
	public DaemonServer(Path socket, Runner runner, IntConsumer exit, Duration idleLimit,
			BooleanSupplier installationChanged) {
		this.socket = socket;
		this.runner = runner;
		this.exit = exit;
		this.idleLimit = idleLimit;
		this.installationChanged = installationChanged;
	}

	/** Standard error of the run being served, if one is: where the language's error log goes meanwhile. */
	public Optional<PrintWriter> currentError() {
		return currentError;
	}

	/** The lock file that makes one server per socket: held for the server's life, released by the OS at exit. */
	static Path lockOf(Path socket) {
		return socket.resolveSibling(socket.getFileName() + ".lock");
	}

	/** How long a warm-up may take before the server gives up on it and retires. */
	static final Duration WARM_UP_LIMIT = Duration.ofSeconds(60);

	/**
	 * Listens and serves until retired. Returns false at once if another server holds this socket's lock (two
	 * clients started one each at the same moment).
	 *
	 * @param setUp runs once the lock is held, before listening (the language's set-up: clients that find the lock
	 *              held meanwhile know a server is starting)
	 */
	public boolean serve(Runnable setUp) throws IOException {
		return serve(setUp, () -> true);
	}

	/**
	 * As {@link #serve(Runnable)}, running {@code warmUp} once the socket is bound and before the first client is
	 * accepted: a client that connects meanwhile waits in the socket's backlog (its run is answered after the
	 * warm-up, not handed back). A warm-up that fails is logged and the server serves anyway; one that answers
	 * false (it ran out of memory, so the heap is suspect) or outlasts {@link #WARM_UP_LIMIT} (it holds the
	 * language's shared state, so no run may start beside it) retires the server.
	 */
	public boolean serve(Runnable setUp, BooleanSupplier warmUp) throws IOException {
		try (FileChannel lockFile = FileChannel.open(lockOf(socket), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			Optional<FileLock> lock = tryLock(lockFile);
			if (lock.isEmpty()) {
				return false;
			}
			setUp.run();
			Files.deleteIfExists(socket); // left by a server that was killed
			ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			channel.bind(UnixDomainSocketAddress.of(socket));
			Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
			server = channel;
			ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform()
					.daemon().name("jevons-daemon-idle").unstarted(r));
			long period = Math.clamp(idleLimit.toMillis() / 2, 10, 5_000);
			watch.scheduleWithFixedDelay(this::retireIfIdle, period, period, TimeUnit.MILLISECONDS);
			try {
				if (warmUp(warmUp)) {
					acceptUntilRetired(channel);
				}
			} finally {
				watch.shutdownNow();
			}
			return true;
		}
	}

	/** Runs the warm-up on a thread of its own; false when the server retired instead. */
	private boolean warmUp(BooleanSupplier warmUp) {
		AtomicBoolean serve = new AtomicBoolean(true);
		Thread thread = Thread.ofPlatform().daemon().name("jevons-daemon-warm-up").start(() -> {
			try {
				serve.set(warmUp.getAsBoolean());
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "warm-up failed (the server serves anyway)", e);
			}
		});
		try {
			if (thread.join(WARM_UP_LIMIT)) {
				if (serve.get()) {
					return true;
				}
				LOG.warning("the warm-up ran out of memory: retiring");
				retireAndExit(0);
				return false;
			}
			LOG.warning("warm-up still running after " + WARM_UP_LIMIT + ": retiring");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			LOG.warning("interrupted during the warm-up: retiring");
		}
		retireAndExit(1);
		return false;
	}

	/** The lock, or empty when another process or (in tests) another server of this JVM holds it. */
	static Optional<FileLock> tryLock(FileChannel file) throws IOException {
		try {
			return Optional.ofNullable(file.tryLock());
		} catch (OverlappingFileLockException heldInThisJvm) {
			return Optional.empty();
		}
	}

	private void acceptUntilRetired(ServerSocketChannel channel) throws IOException {
		while (!retired.get()) {
			SocketChannel client;
			try {
				client = channel.accept();
			} catch (ClosedChannelException closedByRetire) {
				return;
			}
			Thread.ofPlatform().daemon().name("jevons-daemon-client").start(() -> answer(client));
		}
	}

	private void retireIfIdle() {
		if (running.isLocked()) {
			return;
		}
		if (installationChanged.getAsBoolean()) {
			LOG.info("installation changed: retiring");
			retireAndExit(0);
		} else if (System.nanoTime() - lastActive.get() > idleLimit.toNanos()) {
			LOG.info("idle for " + idleLimit + ": retiring");
			retireAndExit(0);
		}
	}

	/** Takes the socket away (the next client starts a new server) and stops accepting. */
	private void retire() {
		if (retired.compareAndSet(false, true)) {
			try {
				Files.deleteIfExists(socket);
				ServerSocketChannel channel = server;
				if (channel != null) {
					channel.close();
				}
			} catch (IOException e) {
				LOG.log(Level.WARNING, "could not remove the socket " + socket, e);
			}
		}
	}

	private void retireAndExit(int status) {
		retire();
		exit.accept(status);
	}

	private void answer(SocketChannel client) {
		try (client) {
			Wire.Request request = Wire.Request.readFrom(client);
			switch (request.operation()) {
			case Wire.STOP -> {
				Wire.writeExit(client, 0);
				retireAndExit(0);
			}
			case Wire.STATUS -> status(client);
			case Wire.RUN -> run(client, request);
			default -> throw new IOException("unknown operation " + request.operation());
			}
		} catch (IOException e) {
			LOG.log(Level.FINE, "client left", e);
		}
	}

	private void status(SocketChannel client) throws IOException {
		String text = "jevons background server: process " + ProcessHandle.current().pid() + ", started " + started
				+ ", " + served.get() + " runs served, socket " + socket + "\n";
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		Wire.writeOutput(client, Wire.OUT, bytes, 0, bytes.length);
		Wire.writeExit(client, 0);
	}

	private static boolean serves(List<String> args) {
		return !args.isEmpty() && (SERVED.contains(args.get(0)) || args.get(0).startsWith("-"));
	}

	private void run(SocketChannel client, Wire.Request request) throws IOException {
		if (!serves(request.args()) || !running.tryLock()) {
			Wire.writeRunHere(client);
			return;
		}
		int code;
		AtomicBoolean retireAfter = new AtomicBoolean();
		try {
			if (retired.get()) {
				Wire.writeRunHere(client);
				return;
			}
			code = runWatched(client, request, retireAfter);
			served.incrementAndGet();
			if (retireAfter.get()) {
				// still holding the lock: a run arriving meanwhile is handed back, not cut off by the exit
				answerExit(client, code);
				retireAndExit(0);
				return;
			}
		} finally {
			lastActive.set(System.nanoTime());
			running.unlock();
		}
		// after unlocking: a client that runs its next command as soon as this one ends finds the server free
		answerExit(client, code);
	}

	private int runWatched(SocketChannel client, Wire.Request request, AtomicBoolean retireAfter) {
		AtomicBoolean finished = new AtomicBoolean();
		watchForLeaving(client, finished);
		PrintWriter out = writer(client, Wire.OUT, request.stdoutCharset());
		PrintWriter err = writer(client, Wire.ERR, request.stderrCharset());
		int code;
		currentError = Optional.of(err);
		try {
			code = runner.run(new Invocation(Path.of(request.workingDirectory()), out, err, request.terminal(),
					request.args(), () -> retireAfter.set(true)));
		} catch (RuntimeException | Error e) {
			// the run's state is unknown: report it like the command line would, and start afresh next time
			LOG.log(Level.SEVERE, "run failed: " + request.args(), e);
			err.println("jevons: internal error, please report it: " + e);
			retireAfter.set(true);
			code = 1;
		} finally {
			currentError = Optional.empty();
		}
		out.flush();
		err.flush();
		finished.set(true);
		return code;
	}

	private static void answerExit(SocketChannel client, int code) throws IOException {
		synchronized (client) {
			Wire.writeExit(client, code);
		}
	}

	private static PrintWriter writer(SocketChannel client, byte kind, String charset) {
		Charset encoding = Charset.isSupported(charset) ? Charset.forName(charset) : StandardCharsets.UTF_8;
		return new PrintWriter(new OutputStreamWriter(new FrameStream(client, kind), encoding));
	}

	/** A client that leaves (end of stream) before its run is finished cancels it: the server retires and exits. */
	private void watchForLeaving(SocketChannel client, AtomicBoolean finished) {
		Thread.ofPlatform().daemon().name("jevons-daemon-watch").start(() -> {
			ByteBuffer one = ByteBuffer.allocate(1);
			try {
				while (client.read(one) >= 0) {
					one.clear(); // a client sends nothing after its request
				}
			} catch (IOException closed) {
				// closed by the server after the run, or the client is gone: the flag tells which
			}
			if (!finished.get()) {
				LOG.info("client left during its run: retiring");
				retireAndExit(130);
			}
		});
	}
}
