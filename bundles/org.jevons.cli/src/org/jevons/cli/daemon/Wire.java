package org.jevons.cli.daemon;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The client–server protocol over a Unix-domain socket. The client sends one request; the server answers with
 * frames: standard output, standard error, and at the end the exit code, or "run it yourself" when it will not
 * serve (busy, retiring, or a command it does not serve). The channel is read and written directly, not through
 * {@code Channels.newInputStream}, whose streams share one lock: the server reads (to see the client leave) while
 * it writes.
 */
final class Wire {
	static final int MAGIC = 0x4A455631; // "JEV1"

	static final byte RUN = 1;
	static final byte STOP = 2;
	static final byte STATUS = 3;

	static final byte OUT = 1;
	static final byte ERR = 2;
	static final byte EXIT = 3;
	static final byte RUN_HERE = 4;

	/** The exit status that tells the launcher to run the command in its own JVM (sysexits' EX_TEMPFAIL). */
	static final int RUN_IN_PROCESS = 75;

	private static final int MAX_TEXT = 1 << 20;
	private static final int MAX_ARGS = 100_000;

	private Wire() {
	}

	/** What the client asks for. */
	record Request(byte operation, String workingDirectory, String stdoutCharset, String stderrCharset,
			boolean terminal, List<String> args) {

		void writeTo(SocketChannel channel) throws IOException {
			var bytes = new ByteArrayOutputStream();
			var data = new DataOutputStream(bytes);
			data.writeInt(MAGIC);
			data.writeByte(operation);
			writeText(data, workingDirectory);
			writeText(data, stdoutCharset);
			writeText(data, stderrCharset);
			data.writeBoolean(terminal);
			data.writeInt(args.size());
			for (String arg : args) {
				writeText(data, arg);
			}
			writeFully(channel, ByteBuffer.wrap(bytes.toByteArray()));
		}

		static Request readFrom(SocketChannel channel) throws IOException {
			var data = new DataInputStream(new BufferedInputStream(input(channel)));
			if (data.readInt() != MAGIC) {
				throw new IOException("not a jevons client");
			}
			byte operation = data.readByte();
			String folder = readText(data);
			String stdout = readText(data);
			String stderr = readText(data);
			boolean terminal = data.readBoolean();
			int count = data.readInt();
			if (count < 0 || count > MAX_ARGS) {
				throw new IOException("bad argument count " + count);
			}
			List<String> args = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				args.add(readText(data));
			}
			return new Request(operation, folder, stdout, stderr, terminal, args);
		}
	}

	private static void writeText(DataOutputStream data, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		data.writeInt(bytes.length);
		data.write(bytes);
	}

	private static String readText(DataInputStream data) throws IOException {
		int length = data.readInt();
		if (length < 0 || length > MAX_TEXT) {
			throw new IOException("bad text length " + length);
		}
		byte[] bytes = new byte[length];
		data.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** A frame of output: kind, length, bytes. */
	static void writeOutput(SocketChannel channel, byte kind, byte[] bytes, int offset, int length)
			throws IOException {
		ByteBuffer header = ByteBuffer.allocate(5).put(kind).putInt(length).flip();
		writeFully(channel, header);
		writeFully(channel, ByteBuffer.wrap(bytes, offset, length));
	}

	static void writeExit(SocketChannel channel, int code) throws IOException {
		writeFully(channel, ByteBuffer.allocate(5).put(EXIT).putInt(code).flip());
	}

	static void writeRunHere(SocketChannel channel) throws IOException {
		writeFully(channel, ByteBuffer.allocate(1).put(RUN_HERE).flip());
	}

	private static void writeFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	/** The channel as an input stream of its own (no lock shared with writing). */
	static InputStream input(SocketChannel channel) {
		return new InputStream() {
			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				int n = read(one, 0, 1);
				return n < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
			}
		};
	}

	/**
	 * Reads one frame's payload length and bytes into the given output, through the caller's buffer (one for all
	 * frames: gigabytes of a sweep's CSV pass through it); EOF inside a frame is an error.
	 */
	static void copyPayload(DataInputStream in, OutputStream to, byte[] buffer) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			throw new EOFException("bad frame length " + length);
		}
		int left = length;
		while (left > 0) {
			int n = in.read(buffer, 0, Math.min(left, buffer.length));
			if (n < 0) {
				throw new EOFException("output cut short");
			}
			to.write(buffer, 0, n);
			left -= n;
		}
		to.flush();
	}
}
