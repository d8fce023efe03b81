package dev.calls.servlet.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A host filter that wraps every response's output stream, as logging or metering filters do: the calls
 * filter then sees a plain Servlet 6.0 stream (no {@code write(ByteBuffer)}) and must buffer and flush.
 */
public final class WrappingFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) res;
        chain.doFilter(req, new HttpServletResponseWrapper(http) {
            private ServletOutputStream wrapped;

            @Override
            public ServletOutputStream getOutputStream() throws IOException {
                if (wrapped == null) {
                    wrapped = new Delegating(http.getOutputStream());
                }
                return wrapped;
            }
        });
    }

    private static final class Delegating extends ServletOutputStream {
        private final ServletOutputStream out;

        Delegating(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
