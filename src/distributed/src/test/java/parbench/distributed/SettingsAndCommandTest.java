package parbench.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** System-property settings, the member command's argument errors and the cluster description. */
class SettingsAndCommandTest {

    @Test
    void noPropertiesMeanEmbeddedWithDefaults() {
        Settings s = Settings.from(new Properties());
        assertTrue(s.embeddedMode());
        assertEquals("parbench", s.clusterName());
        assertEquals(5_000, s.connectTimeoutMs());
        assertTrue(HazelcastEngine.availability(s).available());
        assertTrue(HazelcastEngine.availability(s).detail().contains("embedded"));
    }

    @Test
    void membersAndTimeoutsAreRead() {
        Properties p = new Properties();
        p.setProperty(Settings.MEMBERS, " 127.0.0.1:5701, 127.0.0.1:5702 ,");
        p.setProperty(Settings.CONNECT_TIMEOUT, "1500");
        p.setProperty(Settings.CLUSTER, "lab");
        Settings s = Settings.from(p);
        assertFalse(s.embeddedMode());
        assertEquals(List.of("127.0.0.1:5701", "127.0.0.1:5702"), s.members());
        assertEquals(1_500, s.connectTimeoutMs());
        assertEquals("lab", s.clusterName());
    }

    @Test
    void badPropertiesNameTheProperty() {
        Properties p = new Properties();
        p.setProperty(Settings.MEMBERS, "127.0.0.1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Settings.from(p));
        assertTrue(e.getMessage().startsWith(Settings.MEMBERS), e.getMessage());
        Properties q = new Properties();
        q.setProperty(Settings.JOB_TIMEOUT, "soon");
        e = assertThrows(IllegalArgumentException.class, () -> Settings.from(q));
        assertTrue(e.getMessage().startsWith(Settings.JOB_TIMEOUT), e.getMessage());
        Properties r = new Properties();
        r.setProperty(Settings.MEMBERS, "127.0.0.1:70000");
        assertThrows(IllegalArgumentException.class, () -> Settings.from(r));
    }

    @Test
    void memberCommandRejectsBadOptionsWithExitTwoAndOneLine() {
        for (String[] args : new String[][] {{"--port", "0"}, {"--workers", "many"}, {"--bogus"}, {"--port"},
                {"--join", "nohost"}, {"--workers=0"}, {"stray"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = MemberCommand.run(args);
            } finally {
                System.setErr(old);
            }
            String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
            assertEquals(2, code, String.join(" ", args));
            assertTrue(lines[0].startsWith("member: "), lines[0]);
            assertTrue(lines[1].startsWith("usage: "), lines[1]);
        }
    }

    @Test
    void memberCommandNamesTheProblem() throws Exception {
        assertEquals("unknown option 'stray'", assertThrows(parbench.core.cli.UsageException.class,
                () -> MemberCommand.Options.parse(new String[] {"stray"})).getMessage());
        assertEquals("--join entries must be host:port, got 'nohost'", assertThrows(parbench.core.cli.UsageException.class,
                () -> MemberCommand.Options.parse(new String[] {"--join", "nohost"})).getMessage());
        assertEquals("--port must be 1..65535, got 0", assertThrows(parbench.core.cli.UsageException.class,
                () -> MemberCommand.Options.parse(new String[] {"--port=0"})).getMessage());
        MemberCommand.Options o = MemberCommand.Options.parse(new String[] {"--port", "5702", "--join", "a:1, b:2", "--cluster=c"});
        assertEquals(5702, o.port);
        assertEquals(List.of("a:1", "b:2"), o.join);
        assertEquals("c", o.cluster);
        assertNull(MemberCommand.Options.parse(new String[] {"-h"}));
    }

    @Test
    void clusterInfoTotalsAndJsonShape() {
        ClusterInfo info = new ClusterInfo("cluster", "hazelcast 5.7.0", "parbench", List.of(
                new ClusterInfo.MemberInfo("127.0.0.1:5701", 2, 2), new ClusterInfo.MemberInfo("127.0.0.1:5702", 1, 2)));
        assertEquals(3, info.totalWorkers());
        assertEquals(2, info.totalCores(), "two members on one 2-core host");
        assertEquals(6, new ClusterInfo("cluster", "hazelcast 5.7.0", "parbench", List.of(
                new ClusterInfo.MemberInfo("10.0.0.1:5701", 2, 2), new ClusterInfo.MemberInfo("10.0.0.2:5701", 4, 4),
                new ClusterInfo.MemberInfo("10.0.0.2:5702", 1, 4))).totalCores(), "hosts counted once each");
        Map<String, Object> m = info.toMap();
        assertEquals(List.of("mode", "engine", "clusterName", "workers", "cores", "members"), List.copyOf(m.keySet()));
        assertEquals("hazelcast 5.7.0 cluster 'parbench': 2 members, 3 workers, 2 cores: "
                + "127.0.0.1:5701 (2 workers, 2 cores), 127.0.0.1:5702 (1 workers, 2 cores)", info.toString());
    }

    @Test
    void splitCoversTheRangeEvenly() {
        for (long total : new long[] {0, 1, 3, 17, 255, 1L << 40}) {
            for (int parts = 1; parts <= 5; parts++) {
                assertEquals(0, Split.start(total, parts, 0));
                assertEquals(total, Split.start(total, parts, parts));
                for (int i = 0; i < parts; i++) {
                    long len = Split.start(total, parts, i + 1) - Split.start(total, parts, i);
                    assertTrue(len == total / parts || len == total / parts + 1, total + "/" + parts);
                }
            }
        }
    }
}
