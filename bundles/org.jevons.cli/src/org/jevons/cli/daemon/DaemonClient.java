package org.jevons.cli.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client the launcher runs for {@code check}, {@code analyze} and {@code validate}: a JVM of a few classes that
 * forwards the command line, with its working directory and the encodings of its standard streams, to the
 * background server, and copies the answer to its own streams; when none answers, it starts one for the next runs. Exit status 75 tells
 * the launcher to run the command in a JVM of its own (no server could be started, the server is busy, or it does
 * not serve that command). {@code jevons daemon status|stop} ask the server about itself.
 */
public final class DaemonClient {
	/** Longest path a Unix-domain socket address takes (108 bytes on Linux, with the terminating zero). */
	private static final int MAX_SOCKET_PATH = 100;

	private final Path socket;
	private final Path launcher;
	private final OutputStream out;
	private final OutputStream err;

	DaemonClient(Path socket, Path launcher, OutputStream out, OutputStream err) {
		this.socket = socket;
		this.launcher = launcher;
		this.out = new Forgiving(out);
		this.err = new Forgiving(err);
	}

	/**
	 * One of the client's own streams. A reader that went away ({@code analyze ... | head}) is not the server's
	 * failure: the rest of the output is dropped and the run goes on to its exit status, as a JVM's own
	 * {@code System.out} would.
	 */
	private static final class Forgiving extends OutputStream {
		private final OutputStream stream;
		private boolean broken;

		Forgiving(OutputStream stream) {
			this.stream = stream;
		}

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			if (!broken) {
				try {
					stream.write(b, off, len);
				} catch (IOException readerGone) {
					broken = true;
				}
			}
		}

		@Override
		public void flush() {
			if (!broken) {
				try {
					stream.flush();
				} catch (IOException readerGone) {
					broken = true;
				}
			}
		}
	}

	/** {@code DaemonClient SOCKET LAUNCHER ARG...}. */
	public static void main(String[] args) {
		if (args.length < 2) {
			System.err.println("usage: DaemonClient SOCKET LAUNCHER ARG...");
			System.exit(2);
		}
		var client = new DaemonClient(Path.of(args[0]), Path.of(args[1]), new FileOutputStream(FileDescriptor.out),
				new FileOutputStream(FileDescriptor.err));
		List<String> command = List.of(args).subList(2, args.length);
		System.exit(client.dispatch(command, Path.of("").toAbsolutePath(), Boolean.getBoolean("jevons.terminal")));
	}

	int dispatch(List<String> command, Path workingDirectory, boolean terminal) {
		if (command.size() == 2 && command.get(0).equals("daemon")) {
			return switch (command.get(1)) {
			case "stop" -> ask(Wire.STOP, "no background server is running");
			case "status" -> ask(Wire.STATUS, "no background server is running");
			default -> usage();
			};
		}
		if (!command.isEmpty() && command.get(0).equals("daemon")) {
			return usage();
		}
		if (socket.toString().length() > MAX_SOCKET_PATH) {
			return Wire.RUN_IN_PROCESS; // no server can listen there (a very long cache folder)
		}
		return run(request(Wire.RUN, workingDirectory, terminal, command));
	}

	private int usage() {
		print(err, "usage: jevons daemon status|stop\n");
		return 2;
	}

	private static Wire.Request request(byte operation, Path workingDirectory, boolean terminal,
			List<String> command) {
		String nativeEncoding = System.getProperty("native.encoding", "UTF-8");
		return new Wire.Request(operation, workingDirectory.toString(),
				System.getProperty("stdout.encoding", nativeEncoding),
				System.getProperty("stderr.encoding", nativeEncoding), terminal, command);
	}

	/** {@code status} or {@code stop}: only a running server is asked; none is started. */
	private int ask(byte operation, String whenNone) {
		Optional<SocketChannel> channel = connect();
		if (channel.isEmpty()) {
			print(out, whenNone + "\n");
			return 0;
		}
		int code = exchange(channel.get(), request(operation, Path.of("/"), false, List.of()));
		return code == LOST_BEFORE_OUTPUT ? 0 : code; // stop: the server may exit before its answer is read
	}

	/**
	 * Exchanges a request with the server. When none answers, one is started in the background and this run is
	 * handed back to the launcher, so that a first run takes no longer than without a server; the next runs find
	 * it. Asks again when the server vanished before answering (it retired meanwhile).
	 */
	private int run(Wire.Request request) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<SocketChannel> channel = connect();
			if (channel.isEmpty()) {
				startServer();
				return Wire.RUN_IN_PROCESS;
			}
			int code = exchange(channel.get(), request);
			if (code != LOST_BEFORE_OUTPUT) {
				return code;
			}
		}
		return Wire.RUN_IN_PROCESS;
	}

	/** The server went away before any output: safe to ask again. */
	private static final int LOST_BEFORE_OUTPUT = -1;

	private int exchange(SocketChannel channel, Wire.Request request) {
		boolean output = false;
		try (channel) {
			request.writeTo(channel);
			DataInputStream in = new DataInputStream(new BufferedInputStream(Wire.input(channel), 1 << 16));
			byte[] buffer = new byte[1 << 16];
			while (true) {
				int kind = in.read();
				switch (kind) {
				case -1 -> throw new EOFException("no exit status");
				case Wire.OUT -> Wire.copyPayload(in, out, buffer);
				case Wire.ERR -> Wire.copyPayload(in, err, buffer);
				case Wire.EXIT -> {
					return in.readInt();
				}
				case Wire.RUN_HERE -> {
					return Wire.RUN_IN_PROCESS;
				}
				default -> throw new IOException("unknown frame " + kind);
				}
				output = true;
			}
		} catch (IOException e) {
			if (!output) {
				return LOST_BEFORE_OUTPUT;
			}
			print(err, "jevons: the background server stopped during this run (" + e.getMessage() + "; its log: "
					+ log() + ")\n");
			return 1;
		}
	}

	private Optional<SocketChannel> connect() {
		if (!Files.exists(socket)) {
			return Optional.empty();
		}
		try {
			return Optional.of(SocketChannel.open(UnixDomainSocketAddress.of(socket)));
		} catch (IOException refused) {
			return Optional.empty(); // a socket left by a server that was killed: the next server replaces it
		}
	}

	private Path log() {
		return socket.resolveSibling(socket.getFileName().toString().replaceFirst("\\.sock$", "") + ".log");
	}

	/**
	 * Starts a server in a session of its own ({@code setsid}: Ctrl-C in the terminal reaches the client, not the
	 * server), from the root folder (a relative path the server forgot to resolve fails instead of reading the
	 * wrong file), unless one is starting already (it holds the socket's lock before it listens). Its output is
	 * appended to a log beside the socket.
	 */
	private void startServer() {
		try {
			Files.createDirectories(socket.getParent());
			if (serverStarting()) {
				return;
			}
			List<String> command = new ArrayList<>();
			List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid")).stream().filter(Files::isExecutable)
					.findFirst().ifPresent(setsid -> command.add(setsid.toString()));
			// the launcher that started this client runs the command itself next, in its own process (the same
			// process id: it execs the JVM): the server sets up once that is done, not competing for the cores
			String launcherProcess = String.valueOf(ProcessHandle.current().parent().map(ProcessHandle::pid)
					.orElse(ProcessHandle.current().pid()));
			command.addAll(List.of("/bin/sh", launcher.toString(), "__daemon", socket.toString(), launcherProcess));
			new ProcessBuilder(command).directory(new File("/"))
					.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
		} catch (IOException e) {
			print(err, "jevons: cannot start the background server (" + e.getMessage() + "); running here\n");
		}
	}

	/** Whether a server holds the socket's lock (it is starting: it listens once the language is set up). */
	private boolean serverStarting() throws IOException {
		try (FileChannel lockFile = FileChannel.open(DaemonServer.lockOf(socket), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			Optional<FileLock> lock = DaemonServer.tryLock(lockFile);
			if (lock.isPresent()) {
				lock.get().release();
			}
			return lock.isEmpty();
		}
	}

	private static void print(OutputStream stream, String text) {
		PrintStream printer = new PrintStream(stream, true);
		printer.print(text);
		printer.flush();
	}
}
