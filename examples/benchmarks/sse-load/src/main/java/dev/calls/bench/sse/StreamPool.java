package dev.calls.bench.sse;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thousands of idle event streams on one selector thread, over raw sockets: a few hundred bytes per
 * stream on this side, so the figures measure the server. Hands every {@code data:} line to a listener
 * with the time it was read.
 */
final class StreamPool implements Runnable, AutoCloseable {
    /** Receives each data line. */
    interface Listener {
        void onData(String line, long nanos);
    }

    private static final class Conn {
        final SocketChannel channel;
        final ByteBuffer request;
        boolean headersDone;
        boolean opened;
        String carry = "";

        Conn(SocketChannel channel, ByteBuffer request) {
            this.channel = channel;
            this.request = request;
        }
    }

    private final InetSocketAddress address;
    private final String hostHeader;
    private final String path;
    private final Listener listener;
    private final Selector selector;
    private final ConcurrentLinkedQueue<Conn> pending = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(256 * 1024);
    private final byte[] bytes = new byte[256 * 1024];
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger heartbeats = new AtomicInteger();
    private volatile boolean running = true;
    private final Thread thread;

    StreamPool(InetSocketAddress address, String path, Listener listener) throws IOException {
        this.address = address;
        this.hostHeader = address.getHostString() + ":" + address.getPort();
        this.path = path;
        this.listener = listener;
        this.selector = Selector.open();
        this.thread = new Thread(this, "sse-streams");
        thread.setDaemon(true);
        thread.start();
    }

    void open(String authorization) throws IOException {
        open(authorization, "");
    }

    /** Opens a stream at the path with this query ({@code ?watch=…}, or empty). */
    void open(String authorization, String query) throws IOException {
        SocketChannel ch = SocketChannel.open();
        ch.configureBlocking(false);
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        String req = "GET " + path + query + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAuthorization: " + authorization
                + "\r\nAccept: text/event-stream\r\n\r\n";
        Conn c = new Conn(ch, ByteBuffer.wrap(req.getBytes(StandardCharsets.US_ASCII)));
        ch.connect(address);
        pending.add(c);
        selector.wakeup();
    }

    @Override
    public void run() {
        while (running) {
            try {
                selector.select(100);
                Conn c;
                while ((c = pending.poll()) != null) {
                    c.channel.register(selector, SelectionKey.OP_CONNECT, c);
                }
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    handle(key, (Conn) key.attachment());
                }
            } catch (IOException e) {
                if (running) {
                    System.err.println("selector failed: " + e);
                }
            }
        }
    }

    private void handle(SelectionKey key, Conn c) {
        try {
            if (key.isConnectable()) {
                c.channel.finishConnect();
                key.interestOps(SelectionKey.OP_WRITE);
            } else if (key.isWritable()) {
                c.channel.write(c.request);
                if (!c.request.hasRemaining()) {
                    key.interestOps(SelectionKey.OP_READ);
                }
            } else if (key.isReadable()) {
                read(key, c);
            }
        } catch (IOException e) {
            fail(key, c);
        }
    }

    private void read(SelectionKey key, Conn c) throws IOException {
        buffer.clear();
        int n = c.channel.read(buffer);
        long now = System.nanoTime();
        if (n < 0) {
            fail(key, c);
            return;
        }
        buffer.flip();
        buffer.get(bytes, 0, n);
        String text = c.carry + new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        int start = 0;
        int nl;
        while ((nl = text.indexOf('\n', start)) >= 0) {
            line(c, text.substring(start, nl), now);
            start = nl + 1;
        }
        c.carry = start == text.length() ? "" : text.substring(start);
    }

    private void line(Conn c, String raw, long now) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (!c.headersDone) {
            if (line.startsWith("HTTP/1.1 ") && !line.startsWith("HTTP/1.1 200")) {
                System.err.println("stream refused: " + line);
            }
            c.headersDone = line.isEmpty();
            return;
        }
        if (line.startsWith("retry:") && !c.opened) {
            c.opened = true;
            opened.incrementAndGet();
        } else if (line.startsWith("data: ")) {
            listener.onData(line, now);
        } else if (line.equals(":")) {
            heartbeats.incrementAndGet();
        }
    }

    private void fail(SelectionKey key, Conn c) {
        key.cancel();
        try {
            c.channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        if (c.opened) {
            opened.decrementAndGet();
        }
        failed.incrementAndGet();
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        selector.close();
    }
}
