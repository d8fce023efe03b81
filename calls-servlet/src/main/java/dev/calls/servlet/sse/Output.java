package dev.calls.servlet.sse;

import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;

/**
 * Writes a frame to a non-blocking servlet output stream. Where the container offers
 * {@code write(ByteBuffer)} (Servlet 6.1, Jetty 12) it is used: Jetty then sends the bytes straight on
 * instead of copying them into a response buffer that an idle stream would hold for its whole life (32 KiB
 * each by default), which is what lets one node keep many thousands of streams open. Jetty's
 * {@code write(ByteBuffer)} also sends at once, so no flush has to follow; elsewhere the caller flushes.
 */
final class Output {
    private static final ClassValue<MethodHandle> WRITE_BUFFER = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                return MethodHandles.publicLookup().findVirtual(type, "write",
                        MethodType.methodType(void.class, ByteBuffer.class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                return null;
            }
        }
    };

    private Output() {
    }

    /** Writes the frame; returns whether it is on its way already (true) or the caller must flush (false). */
    static boolean write(ServletOutputStream out, byte[] bytes) throws IOException {
        MethodHandle handle = WRITE_BUFFER.get(out.getClass());
        if (handle == null) {
            out.write(bytes);
            return false;
        }
        try {
            handle.invoke(out, ByteBuffer.wrap(bytes));
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
        return sendsAtOnce(out.getClass());
    }

    /** Jetty 12's output streams send a {@code ByteBuffer} write without buffering it. */
    private static boolean sendsAtOnce(Class<?> type) {
        String name = type.getName();
        return name.startsWith("org.eclipse.jetty.ee10.") || name.startsWith("org.eclipse.jetty.ee11.");
    }
}
