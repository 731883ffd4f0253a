package org.jevons.cli.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;

/**
 * Standard output or error of a served run: bytes collected into frames of up to 64 KB, sent when full or flushed.
 * Both streams of a run write to one channel, so a frame is written whole under the channel's lock.
 */
final class FrameStream extends OutputStream {
	private final SocketChannel channel;
	private final byte kind;
	private final byte[] buffer = new byte[1 << 16];
	private int used;

	FrameStream(SocketChannel channel, byte kind) {
		this.channel = channel;
		this.kind = kind;
	}

	@Override
	public synchronized void write(int b) throws IOException {
		if (used == buffer.length) {
			flush();
		}
		buffer[used++] = (byte) b;
	}

	@Override
	public synchronized void write(byte[] b, int off, int len) throws IOException {
		while (len > 0) {
			if (used == buffer.length) {
				flush();
			}
			int n = Math.min(len, buffer.length - used);
			System.arraycopy(b, off, buffer, used, n);
			used += n;
			off += n;
			len -= n;
		}
	}

	@Override
	public synchronized void flush() throws IOException {
		if (used > 0) {
			synchronized (channel) {
				Wire.writeOutput(channel, kind, buffer, 0, used);
			}
			used = 0;
		}
	}
}
