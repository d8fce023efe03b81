package dev.calls.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * An adapter (a store, a notifier) with a hook around each of its calls: to fail it while a test says so, or to
 * hold it up after it did its work.
 */
public final class Intercept {
    private Intercept() {
    }

    /** Runs before the call; throwing fails it. */
    @FunctionalInterface
    public interface Before {
        void before(String method, Object[] args) throws Exception;
    }

    /** Runs after the call succeeded, before its result is returned. */
    @FunctionalInterface
    public interface After {
        void after(String method, Object[] args) throws Exception;
    }

    /** {@code target} behind {@code before}. */
    public static <T> T before(Class<T> type, T target, Before before) {
        return around(type, target, before, (m, a) -> { });
    }

    /** {@code target} followed by {@code after}. */
    public static <T> T after(Class<T> type, T target, After after) {
        return around(type, target, (m, a) -> { }, after);
    }

    private static <T> T around(Class<T> type, T target, Before before, After after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            before.before(method.getName(), args);
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            after.after(method.getName(), args);
            return result;
        }));
    }
}
