package dev.parley.neo4jtestserver;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j 5 Community, embedded, for Parley's tests, CI and benchmarks: Bolt on a loopback port (a free
 * one by default), auth on with the fixed admin user {@code neo4j}, and exactly one line on standard
 * output, {@code NEO4J_URI=bolt://127.0.0.1:PORT}, once Bolt answers a handshake. Everything else
 * (Neo4j's own log included) goes to standard error. SIGTERM or SIGINT shuts the DBMS down cleanly,
 * and so does the exit of the process that started it.
 *
 * <pre>
 * java -jar target/neo4j-test-server.jar [--port 0] [--password P] [--data DIR] [--page-cache 256m]
 * </pre>
 *
 * The password comes from {@code --password}, else NEO4J_PASSWORD, else {@value #DEFAULT_PASSWORD}.
 * Without {@code --data} the database lives in a temporary directory removed at exit; with it the
 * data is kept, so a server stopped and started again on the same directory finds its graph.
 */
public final class Main {
    static final String DEFAULT_PASSWORD = "parley-test-password";
    private static final int MIN_PASSWORD_LENGTH = 8;

    private Main() {}

    public static void main(String[] args) throws Exception {
        // Neo4j and its libraries may print to standard output: only our one line goes there.
        PrintStream stdout = new PrintStream(new FileDescriptorOut(), true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-test-server: " + e.getMessage());
            System.exit(2);
            return;
        }

        Path home = options.data != null ? options.data : Files.createTempDirectory("parley-neo4j-");
        Files.createDirectories(home);
        boolean temporary = options.data == null;

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pageCache))
                // Checkpoints every 5 minutes, and no transaction log kept beyond what recovery needs: the
                // 100 k-event bench build wrote 25 GB of logs under Neo4j's default ("keep 2 days").
                .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j-test-server: stopping");
            try {
                dbms.shutdown();
            } finally {
                if (temporary) deleteTree(home);
                stopped.countDown();
            }
        }, "neo4j-test-server-shutdown"));

        try {
            setPassword(dbms, options.password);
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            int port = system.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT)
                    .getPort();
            awaitBoltHandshake(port, Duration.ofSeconds(30));
            System.err.printf("neo4j-test-server: Neo4j %s ready in %d ms, data in %s%s%n",
                    neo4jVersion(), (System.nanoTime() - started) / 1_000_000, home, temporary ? " (removed at exit)" : "");
            stdout.println("NEO4J_URI=bolt://127.0.0.1:" + port);
            // Never outlive whoever started us (npm does not pass SIGTERM on to its script; CI's shell may die).
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
                System.err.println("neo4j-test-server: the process that started it (" + parent.pid() + ") exited");
                System.exit(0);
            }));
        } catch (Exception e) {
            System.err.println("neo4j-test-server: could not start: " + e);
            System.exit(1);
        }
        stopped.await();
    }

    /**
     * The admin user is always {@code neo4j}: set its password and drop the change-on-first-login flag.
     * A server started again on its own data directory with the same password has nothing to change.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
        }
    }

    /** Bolt answers when a client's handshake gets a version back (4 bytes, not all zero). */
    private static void awaitBoltHandshake(int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                socket.setSoTimeout(2000);
                OutputStream out = socket.getOutputStream();
                // Magic preamble, then four proposed versions: 5.x ranges, 4.4, none, none.
                out.write(new byte[] {
                    0x60, 0x60, (byte) 0xB0, 0x17,
                    0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0
                });
                out.flush();
                byte[] answer = new byte[4];
                new DataInputStream(socket.getInputStream()).readFully(answer);
                if (answer[0] != 0 || answer[1] != 0 || answer[2] != 0 || answer[3] != 0) return;
                last = new IOException("Bolt refused every proposed version");
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IOException("Bolt on 127.0.0.1:" + port + " did not answer a handshake within " + timeout, last);
    }

    private static String neo4jVersion() {
        String version = org.neo4j.kernel.internal.Version.getNeo4jVersion();
        return version == null ? "5" : version;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("neo4j-test-server: could not remove " + root + ": " + e.getMessage());
        }
    }

    /** Command-line options; bad values throw IllegalArgumentException with a one-line reason. */
    record Options(int port, String password, Path data, String pageCache) {
        static Options parse(String[] args, Map<String, String> env) {
            int port = 0;
            String password = env.getOrDefault("NEO4J_PASSWORD", "");
            if (password.isEmpty()) password = DEFAULT_PASSWORD;
            Path data = null;
            String pageCache = "256m";
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (arg) {
                    case "--port" -> {
                        port = parsePort(value);
                        i++;
                    }
                    case "--password" -> {
                        password = require(arg, value);
                        i++;
                    }
                    case "--data" -> {
                        data = Path.of(require(arg, value)).toAbsolutePath();
                        i++;
                    }
                    case "--page-cache" -> {
                        pageCache = require(arg, value);
                        i++;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg
                            + " (options: --port N, --password P, --data DIR, --page-cache SIZE)");
                }
            }
            if (password.length() < MIN_PASSWORD_LENGTH) {
                throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters (Neo4j 5's rule)");
            }
            return new Options(port, password, data, pageCache);
        }

        private static String require(String option, String value) {
            if (value == null || value.isEmpty()) throw new IllegalArgumentException(option + " needs a value");
            return value;
        }

        private static int parsePort(String value) {
            try {
                int port = Integer.parseInt(require("--port", value));
                if (port < 0 || port > 65535) throw new NumberFormatException();
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be 0 (a free port) or 1-65535; got " + value);
            }
        }
    }

    /** Standard output as it was at start, before System.out is pointed at standard error. */
    private static final class FileDescriptorOut extends OutputStream {
        private final OutputStream out = new java.io.FileOutputStream(java.io.FileDescriptor.out);

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
    }
}
