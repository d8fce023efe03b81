#!/bin/sh
# Runs the event-stream load program: the servlet example in this JVM, the stream client in a second JVM,
# both on 127.0.0.1. Build first, from the repository root:
#   mvn -B -q -pl examples/benchmarks/sse-load -am package -DskipTests
# Arguments go to the program, e.g. --levels 1000,5000,10000 --rings 300 --broadcasts 10
set -e
cd "$(dirname "$0")/../../.."
# Each side holds one socket per stream; raise the soft limit to the hard limit where allowed.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "open files limit: $(ulimit -n); load before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
java -Xmx2g -jar examples/benchmarks/sse-load/target/sse-load.jar "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
