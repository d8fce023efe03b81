package dev.calls.examples.servlet;

import java.util.Map;

/** Three nodes on PostgreSQL alone: the relay wakes them with notifications sent after each commit. */
class ThreeNodesPostgresIT extends AbstractThreeNodeTest {
    @Override
    protected Map<String, String> scaleOut() {
        return Map.of();
    }

    @Override
    protected boolean sharedLimits() {
        return false;
    }
}
