#!/usr/bin/env bash
# `npm run neo4j:start [-- --port N --data DIR --password P]`: builds Parley's Neo4j test server on
# first use (Maven downloads Neo4j 5.26 into ~/.m2), starts it and prints exactly one line on
# standard output, NEO4J_URI=bolt://127.0.0.1:PORT, once Bolt answers. User neo4j; password
# NEO4J_PASSWORD or parley-test-password. Ctrl-C or SIGTERM stops it. Exits 2 without Java 17+ or Maven.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if ! command -v java >/dev/null 2>&1; then
  echo "neo4j:start needs Java 17 or newer (java is not on PATH) and Maven (mvn) to build the Neo4j test server" >&2
  exit 2
fi
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1)"
if [ -z "$java_major" ] || [ "$java_major" -lt 17 ]; then
  echo "neo4j:start needs Java 17 or newer; java on PATH is version ${java_major:-unknown}" >&2
  exit 2
fi

jar="$here/target/neo4j-test-server.jar"
# Build on first use, and again whenever the pom or a source file is newer than the jar.
if [ ! -f "$jar" ] || [ -n "$(find "$here/pom.xml" "$here/src" -newer "$jar" -type f 2>/dev/null | head -n 1)" ]; then
  if ! command -v mvn >/dev/null 2>&1; then
    echo "neo4j:start needs Maven (mvn) to build the Neo4j test server; Java is here but mvn is not on PATH" >&2
    exit 2
  fi
  echo "neo4j:start: building the Neo4j test server (first use downloads about 130 MB into ~/.m2)" >&2
  (cd "$here" && mvn -B -q package -DskipTests) >&2
fi

# Heap for the DBMS; the page cache (--page-cache, default 256m) comes on top of it.
exec java ${NEO4J_TEST_SERVER_JAVA_OPTS:--Xms256m -Xmx1g} -jar "$jar" "$@"
