package io.github.policykoll.kafka;

import io.github.policykoll.PolicyEngine;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Runs the pipeline against a Kafka cluster:
 * {@code java -cp ... io.github.policykoll.kafka.ModerationApp localhost:9092 [stream threads]}. Start more
 * instances with the same application id to share the partitions of {@value ModerationTopology#COMMENTS}.
 */
public final class ModerationApp {
    private ModerationApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        String servers = args.length > 0 ? args[0] : "localhost:9092";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "policykoll-moderation");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        PolicyEngine engine = PolicyEngine.builder().build();
        KafkaStreams streams = new KafkaStreams(ModerationTopology.build(engine), props);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close();
            engine.close();
            stopped.countDown();
        }, "policykoll-moderation-stop"));
        streams.start();
        System.err.println("policykoll: moderating " + ModerationTopology.COMMENTS + " on " + servers + " with "
                + threads + " stream threads (Ctrl-C stops)");
        stopped.await();
    }
}
