import java.io.IOException;
import java.io.InputStream;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch 2 node for the tests, in a JVM of its own: run with Java's source launcher on the
 * class path of {@code pom.xml} beside this file,
 * {@code java -cp <class path> OpenSearchNode.java <data directory> <HTTP port>}. Prints
 * {@code OPENSEARCH READY <port>} once the cluster is at least yellow; stops the node when its
 * standard input closes (the test JVM went away) or on SIGTERM.
 */
public class OpenSearchNode {

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: java -cp <class path> OpenSearchNode.java <data directory> <HTTP port>");
			System.exit(2);
		}
		String dataDirectory = args[0];
		String port = args[1];
		OpenSearchRunner runner = new OpenSearchRunner();
		// the port is chosen by the caller: no probing from 9201 upwards
		runner.setMaxHttpPort(-1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(runner), "opensearch-node-stop"));
		runner.onBuild((number, settings) -> {
			settings.put("http.port", port);
			settings.put("network.host", "127.0.0.1");
			settings.put("discovery.type", "single-node");
			// a shared build machine's disk may be fuller than OpenSearch's watermarks allow
			settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
		});
		runner.build(OpenSearchRunner.newConfigs().basePath(dataDirectory).numOfNode(1)
			.clusterName("liaison-test-" + port));
		runner.ensureYellow();
		System.out.println("OPENSEARCH READY " + port);
		System.out.flush();
		waitForEndOfInput(System.in);
		System.exit(0);
	}

	/** Returns when standard input is closed: the process that started this node has ended or let go. */
	private static void waitForEndOfInput(InputStream in) {
		byte[] buffer = new byte[256];
		try {
			while (in.read(buffer) >= 0) {
				// anything written is ignored; only the end counts
			}
		}
		catch (IOException ex) {
			// a broken pipe ends the node as a closed one does
		}
	}

	private static void stop(OpenSearchRunner runner) {
		if (runner.isClosed()) {
			return;
		}
		try {
			runner.close();
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("OpenSearch did not stop cleanly: " + ex);
		}
	}

}
