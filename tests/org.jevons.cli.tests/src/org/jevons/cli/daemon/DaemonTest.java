package org.jevons.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.log4j.Logger;
import org.jevons.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background server and its client over a real Unix-domain socket, in this JVM: what a served run prints, from
 * which folder it reads, and when the server hands a run back or retires.
 */
class DaemonTest {
	@TempDir
	Path dir;

	/** Exit statuses the server asked for (it would exit the process). */
	private final LinkedBlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
	/** Threads of their own: the common pool has one thread on two cores, and the server blocks one. */
	private final ExecutorService threads = Executors.newCachedThreadPool();
	private CompletableFuture<Boolean> serving = CompletableFuture.completedFuture(true);
	private Path socket;
	private DaemonServer server;
	/** Held runs ({@link #startHeldRuns}): opens when one has begun; lets them end. */
	private final CountDownLatch entered = new CountDownLatch(1);
	private final CountDownLatch release = new CountDownLatch(1);

	private record Answer(int exit, String out, String err) {
	}

	private void start(DaemonServer.Runner runner, Duration idle) throws Exception {
		socket = dir.resolve("d.sock");
		server = new DaemonServer(socket, runner, exits::add, idle, () -> false);
		serving = CompletableFuture.supplyAsync(() -> {
			try {
				return server.serve(() -> {
				});
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}, threads);
		// until it answers: its socket file appears when it binds, a moment before it listens
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!answers() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertTrue(answers(), "the server does not answer");
	}

	private boolean answers() {
		return ask(dir, "daemon", "status").out().startsWith("jevons background server");
	}

	private Answer ask(Path workingDirectory, String... command) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int exit = new DaemonClient(socket, dir.resolve("no-launcher"), out, err).dispatch(List.of(command),
				workingDirectory, false);
		return new Answer(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@AfterEach
	void stop() throws Exception {
		if (socket != null && Files.exists(socket)) {
			ask(dir, "daemon", "stop");
		}
		serving.get(30, TimeUnit.SECONDS);
		threads.shutdownNow();
	}

	@Test
	void checkReadsFromTheClientsFolderAndNamesFilesAsGiven() throws Exception {
		start(Main::run, Duration.ofMinutes(1));
		Path project = Files.createDirectories(dir.resolve("project/models"));
		Files.writeString(project.resolve("broken.energy"), "accelerator H100 {\n  power 700 W\n  }}\n");
		Answer answer = ask(project.getParent(), "check", "models");
		assertEquals(Main.FAILED, answer.exit());
		assertTrue(answer.err().startsWith("models/broken.energy:3:4: error: "), answer.err());
		Files.writeString(project.getParent().resolve("files.txt"), "models/broken.energy\n");
		Answer fromArgumentFile = ask(project.getParent(), "check", "@files.txt");
		assertEquals(answer, fromArgumentFile, "an argument file is read from the client's folder too");
		Answer missing = ask(project, "check", "models");
		assertEquals(Main.USAGE, missing.exit());
		assertEquals("jevons: no such file or folder: models\nTry 'jevons check --help' for more information.\n",
				missing.err());
		assertTrue(exits.isEmpty());
	}

	@Test
	void analyzeWritesItsReportToTheClientAndItsOutFileInTheClientsFolder() throws Exception {
		start(Main::run, Duration.ofMinutes(1));
		Path project = Files.createDirectories(dir.resolve("project"));
		Files.writeString(project.resolve("ok.energy"), "accelerator H100 { peak bf16 989 TFLOP/s  power 700 W }\n");
		Answer toClient = ask(project, "analyze", "ok.energy", "--format", "json");
		assertEquals(Main.OK, toClient.exit(), toClient.err());
		assertTrue(toClient.out().contains("\"ok.energy\""), toClient.out());
		Answer toFile = ask(project, "analyze", "ok.energy", "--format", "json", "--out", "reports/r.json");
		assertEquals(Main.OK, toFile.exit(), toFile.err());
		assertEquals(toClient.out(), Files.readString(project.resolve("reports/r.json")));
	}

	@Test
	void theLanguagesErrorLogGoesToTheClientOfTheRun() throws Exception {
		start(invocation -> {
			Logger.getLogger("Linking").error("broken inside", new IllegalStateException("state"));
			return 1;
		}, Duration.ofMinutes(1));
		var log = new StringWriter();
		Main.logErrorsTo(() -> server.currentError().orElse(new PrintWriter(log)));
		Answer answer = ask(dir, "check", "a.energy");
		assertEquals(1, answer.exit());
		assertTrue(answer.err().startsWith("jevons: ERROR Linking - broken inside\n"
				+ "java.lang.IllegalStateException: state\n\tat "), answer.err());
		Logger.getLogger("Linking").error("between runs");
		assertEquals("jevons: ERROR Linking - between runs\n", log.toString());
	}

	@Test
	void handsBackWhatItDoesNotServe() throws Exception {
		start(Main::run, Duration.ofMinutes(1));
		assertEquals(Wire.RUN_IN_PROCESS, ask(dir, "lsp").exit());
		assertEquals(Wire.RUN_IN_PROCESS, ask(dir, "attribute", "x.energy", "--log", "y.csv").exit());
		assertEquals(Wire.RUN_IN_PROCESS, ask(dir).exit());
		assertTrue(exits.isEmpty());
	}

	/** Starts a server whose runs wait for {@link #release}, then print "first". */
	private void startHeldRuns() throws Exception {
		start(invocation -> {
			entered.countDown();
			await(release);
			invocation.out().print("first");
			return 0;
		}, Duration.ofMinutes(1));
	}

	@Test
	void aSecondRunWhileOneRunsIsHandedBack() throws Exception {
		startHeldRuns();
		CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> ask(dir, "check", "a.energy"),
				threads);
		assertTrue(entered.await(30, TimeUnit.SECONDS));
		assertEquals(Wire.RUN_IN_PROCESS, ask(dir, "check", "b.energy").exit());
		release.countDown();
		assertEquals(new Answer(0, "first", ""), first.get(30, TimeUnit.SECONDS));
	}

	@Test
	void aClientLeavingDuringItsRunRetiresTheServer() throws Exception {
		startHeldRuns();
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(socket));
			new Wire.Request(Wire.RUN, dir.toString(), "UTF-8", "UTF-8", false, List.of("check", "a.energy"))
					.writeTo(channel);
			assertTrue(entered.await(30, TimeUnit.SECONDS));
		}
		assertEquals(130, exits.poll(30, TimeUnit.SECONDS));
		assertFalse(Files.exists(socket), "a retired server leaves no socket");
		release.countDown();
	}

	@Test
	void aRunOutOfMemoryAnswersThenRetires() throws Exception {
		start(invocation -> {
			invocation.err().println("jevons: out of memory");
			invocation.afterOutOfMemory().run();
			return Main.FAILED;
		}, Duration.ofMinutes(1));
		assertEquals(new Answer(Main.FAILED, "", "jevons: out of memory\n"), ask(dir, "check", "a.energy"));
		assertEquals(0, exits.poll(30, TimeUnit.SECONDS));
		assertFalse(Files.exists(socket));
	}

	@Test
	void anIdleServerRetires() throws Exception {
		start(invocation -> 0, Duration.ofMillis(200));
		assertEquals(0, exits.poll(30, TimeUnit.SECONDS));
		assertFalse(Files.exists(socket));
	}

	@Test
	void oneServerPerSocket() throws Exception {
		start(invocation -> 0, Duration.ofMinutes(1));
		DaemonServer second = new DaemonServer(socket, invocation -> 0, exits::add, Duration.ofMinutes(1),
				() -> false);
		assertFalse(second.serve(() -> {
			throw new AssertionError("set up without the lock");
		}));
		Answer status = ask(dir, "daemon", "status");
		assertEquals(0, status.exit());
		assertTrue(status.out().startsWith("jevons background server: process " + ProcessHandle.current().pid()),
				status.out());
	}

	@Test
	void withoutServerTheRunIsHandedBackAndAServerStarted() throws Exception {
		socket = dir.resolve("none.sock");
		Path called = dir.resolve("called");
		Path launcher = Files.writeString(dir.resolve("launcher"), "echo \"$@\" > " + called + "\n");
		var err = new ByteArrayOutputStream();
		int exit = new DaemonClient(socket, launcher, new ByteArrayOutputStream(), err)
				.dispatch(List.of("check", "a.energy"), dir, false);
		assertEquals(Wire.RUN_IN_PROCESS, exit);
		assertEquals("", err.toString(StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!Files.exists(called) && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertEquals("__daemon " + socket + " " + ProcessHandle.current().parent().orElseThrow().pid() + "\n",
				Files.readString(called));
		assertEquals(new Answer(0, "no background server is running\n", ""), ask(dir, "daemon", "stop"));
	}

	@Test
	void noSecondServerIsStartedWhileOneHoldsTheLock() throws Exception {
		socket = dir.resolve("starting.sock");
		Path called = dir.resolve("called");
		Path launcher = Files.writeString(dir.resolve("launcher"), "touch " + called + "\n");
		try (FileChannel lockFile = FileChannel.open(DaemonServer.lockOf(socket), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock held = lockFile.lock()) {
			int exit = new DaemonClient(socket, launcher, new ByteArrayOutputStream(), new ByteArrayOutputStream())
					.dispatch(List.of("check", "a.energy"), dir, false);
			assertEquals(Wire.RUN_IN_PROCESS, exit);
		}
		Thread.sleep(500);
		assertFalse(Files.exists(called), "a second server was started");
	}

	/** Starts a server with a warm-up; returns once its socket is bound (it answers after the warm-up). */
	private void startWarmingUp(DaemonServer.Runner runner, java.util.function.BooleanSupplier warmUp)
			throws Exception {
		socket = dir.resolve("w.sock");
		server = new DaemonServer(socket, runner, exits::add, Duration.ofMinutes(1), () -> false);
		serving = CompletableFuture.supplyAsync(() -> {
			try {
				return server.serve(() -> {
				}, warmUp);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}, threads);
	}

	@Test
	void aRunArrivingDuringTheWarmUpWaitsForItInsteadOfBeingHandedBack() throws Exception {
		CountDownLatch warming = new CountDownLatch(1);
		startWarmingUp(invocation -> {
			invocation.out().print("served");
			return 0;
		}, () -> {
			warming.countDown();
			await(release);
			return true;
		});
		assertTrue(warming.await(30, TimeUnit.SECONDS));
		CompletableFuture<Answer> run = CompletableFuture.supplyAsync(() -> ask(dir, "check", "a.energy"),
				threads);
		Thread.sleep(300);
		assertFalse(run.isDone(), "answered during the warm-up");
		release.countDown();
		assertEquals(new Answer(0, "served", ""), run.get(30, TimeUnit.SECONDS));
		assertTrue(exits.isEmpty());
	}

	@Test
	void aWarmUpThatRanOutOfMemoryRetiresTheServer() throws Exception {
		startWarmingUp(invocation -> 0, () -> false);
		assertEquals(0, exits.poll(30, TimeUnit.SECONDS));
		assertFalse(Files.exists(socket), "a retired server leaves no socket");
	}

	@Test
	void aWarmUpThatFailsIsLoggedAndTheServerServes() throws Exception {
		startWarmingUp(invocation -> {
			invocation.out().print("served");
			return 0;
		}, () -> {
			throw new IllegalStateException("broken warm-up");
		});
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!Files.exists(socket) && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertEquals(new Answer(0, "served", ""), ask(dir, "check", "a.energy"));
	}

	@Test
	void theBuiltInWarmUpAnalysesItsFileWithoutError() {
		assertTrue(Daemon.warmUp());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
