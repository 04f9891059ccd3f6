package io.github.policykoll.kafka;

import io.github.policykoll.PolicyEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The pipeline against a real broker, end to end (docs/SCALING.md): creates the topics with {@code partitions}
 * partitions (fresh names per run), produces every line of a JSON Lines file of comments {@code rounds} times,
 * runs the topology with {@code threads} stream threads until every comment has a decision, and reports the
 * throughput and the counts:
 * {@code java -cp ... io.github.policykoll.kafka.BrokerRun localhost:9092 comments.jsonl [threads] [partitions] [rounds]}.
 */
public final class BrokerRun {
    private BrokerRun() {
    }

    public static void main(String[] args) throws Exception {
        String servers = args[0];
        List<String> comments = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int partitions = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        String run = UUID.randomUUID().toString().substring(0, 8);
        String in = ModerationTopology.COMMENTS + "-" + run;
        String decisions = ModerationTopology.DECISIONS + "-" + run;
        String hide = ModerationTopology.HIDE + "-" + run;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
            admin.createTopics(List.of(new NewTopic(in, partitions, (short) 1), new NewTopic(decisions, partitions,
                    (short) 1), new NewTopic(hide, partitions, (short) 1))).all().get();
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        int n = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < comments.size(); i++) {
                    producer.send(new ProducerRecord<>(in, "sida-" + (i % 100), comments.get(i)));
                    n++;
                }
            }
        }
        Properties s = new Properties();
        s.put(StreamsConfig.APPLICATION_ID_CONFIG, "policykoll-moderation-" + run);
        s.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        s.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        s.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            KafkaStreams streams = new KafkaStreams(ModerationTopology.build(engine, in, decisions, hide), s);
            Properties c = new Properties();
            c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
            c.put(ConsumerConfig.GROUP_ID_CONFIG, "count-" + run);
            c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            long t0 = System.nanoTime();
            streams.start();
            int seen = 0;
            int blocked = 0;
            int errors = 0;
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                    new StringDeserializer())) {
                consumer.subscribe(List.of(decisions));
                long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
                while (seen < n && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                        seen++;
                        blocked += r.value().contains("\"verdict\":\"block\"") ? 1 : 0;
                        errors += r.value().startsWith("{\"error\"") ? 1 : 0;
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            streams.close(Duration.ofSeconds(30));
            int hidden = count(servers, hide, run);
            System.out.printf(Locale.ROOT, "broker run: %d comments, %d partitions, %d stream threads: %d decisions "
                    + "(%d block, %d errors), %d hidden, in %.1f s from start: %.0f comments/s%n", n, partitions, threads,
                    seen, blocked, errors, hidden, seconds, seen / seconds);
        }
    }

    private static int count(String servers, String topic, String run) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "count-hide-" + run);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        int n = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            int empty = 0;
            while (empty < 10) {
                int got = consumer.poll(Duration.ofMillis(300)).count();
                n += got;
                empty = got == 0 ? empty + 1 : 0;
            }
        }
        return n;
    }
}
