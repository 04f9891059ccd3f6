package io.github.policykoll.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.json.PolicyJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pipeline with Kafka Streams' TopologyTestDriver: the real topology, no broker. */
class ModerationTopologyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PolicyEngine engine;
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> comments;
    private TestOutputTopic<String, String> decisions;
    private TestOutputTopic<String, String> hide;

    @BeforeAll
    static void engine() {
        engine = PolicyEngine.builder().build();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void driver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "policykoll-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        driver = new TopologyTestDriver(ModerationTopology.build(engine), props);
        comments = driver.createInputTopic(ModerationTopology.COMMENTS, new StringSerializer(), new StringSerializer());
        decisions = driver.createOutputTopic(ModerationTopology.DECISIONS, new StringDeserializer(), new StringDeserializer());
        hide = driver.createOutputTopic(ModerationTopology.HIDE, new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void everyCommentGetsADecisionAndAttacksAreHidden() throws Exception {
        comments.pipeInput("sida-1", "{\"id\":\"k1\",\"text\":\"Bra jobbat med budgeten!\"}");
        comments.pipeInput("sida-1", "{\"id\":\"k2\",\"text\":\"Ni är idioter allihop.\"}");
        comments.pipeInput("sida-2", "{\"id\":\"k3\",\"text\":\"Varför satsar ni inte mer på äldreomsorgen?\"}");
        List<KeyValue<String, String>> out = decisions.readKeyValuesToList();
        assertThat(out).extracting(kv -> kv.key).containsExactly("sida-1", "sida-1", "sida-2");
        JsonNode second = JSON.readTree(out.get(1).value);
        assertThat(second.get("postId").asText()).isEqualTo("k2");
        assertThat(second.get("verdict").asText()).isEqualTo("block");
        assertThat(second.get("rulePack").get("name").asText()).isEqualTo("rules-sv");
        assertThat(JSON.readTree(out.get(0).value).get("verdict").asText()).isEqualTo("pass");
        assertThat(JSON.readTree(out.get(2).value).get("verdict").asText()).isEqualTo("pass");
        List<KeyValue<String, String>> hidden = hide.readKeyValuesToList();
        assertThat(hidden).hasSize(1);
        JsonNode h = JSON.readTree(hidden.get(0).value);
        assertThat(h.get("postId").asText()).isEqualTo("k2");
        assertThat(h.get("reasons").findValuesAsText("guideline")).contains("SM-2.2", "SM-6.1");
    }

    @Test
    void aBrokenCommentGetsAnErrorDecisionAndTheStreamGoesOn() throws Exception {
        comments.pipeInput("sida-1", "not json");
        comments.pipeInput("sida-1", "{\"text\": 5}");
        comments.pipeInput("sida-1", (String) null);
        comments.pipeInput("sida-1", "{\"id\":\"k4\",\"text\":\"Du är en idiot.\"}");
        List<String> out = decisions.readValuesToList();
        assertThat(out).hasSize(4);
        assertThat(JSON.readTree(out.get(0)).get("error").asText()).startsWith("not valid JSON");
        assertThat(JSON.readTree(out.get(1)).get("error").asText()).contains("text");
        assertThat(JSON.readTree(out.get(2)).get("error").asText()).contains("tombstone");
        assertThat(JSON.readTree(out.get(3)).get("verdict").asText()).isEqualTo("block");
        assertThat(hide.readValuesToList()).hasSize(1);
    }

    @Test
    void decisionsAreTheLibrarysOwnForCommentsOnOurPage() throws Exception {
        String comment = "{\"id\":\"k5\",\"text\":\"Ring honom på 070-123 45 67 och säg vad du tycker.\"}";
        comments.pipeInput("sida-3", comment);
        String expected = PolicyJson.write(engine.evaluate(PolicyJson.readPost(
                "{\"id\":\"k5\",\"text\":\"Ring honom på 070-123 45 67 och säg vad du tycker.\",\"kind\":\"comment\","
                        + "\"onOwnPage\":true,\"author\":{\"role\":\"public\"}}")));
        assertThat(decisions.readValue()).isEqualTo(expected);
    }

    /**
     * Throughput of one instance on one stream thread: the 5,173 real texts of the benchmarks through the whole
     * topology (deserialise, evaluate, serialise, route). Printed for docs/SCALING.md; not asserted (timing).
     */
    @Test
    void throughputOfOneStreamThread() throws Exception {
        List<String> posts = Files.readAllLines(Path.of("../src/main/resources/bench/webbnyheter2012.jsonl"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        for (String p : posts.subList(0, 1_000)) {
            comments.pipeInput("warm", p); // warm-up
        }
        decisions.readValuesToList();
        hide.readValuesToList();
        long t0 = System.nanoTime();
        for (int round = 0; round < 2; round++) {
            for (String p : posts) {
                comments.pipeInput("sida", p);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int n = 2 * posts.size();
        assertThat(decisions.readValuesToList()).hasSize(n);
        String line = String.format(Locale.ROOT, "kafka streams: %d comments through the topology on one stream thread "
                + "in %.2f s: %.0f comments/s (%.0f per hour)%n", n, seconds, n / seconds, n / seconds * 3600);
        System.out.print(line);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "throughput.txt"), line);
    }
}
