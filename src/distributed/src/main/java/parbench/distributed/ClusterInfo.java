package parbench.distributed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the kernels run on: an embedded member, or a cluster of members with their executor
 * workers and cores. {@link #toMap()} is the shape for environment.json, {@link #toString()} the
 * line for doctor.
 *
 * @param mode        "embedded" or "cluster"
 * @param engine      engine name and version, e.g. "hazelcast 5.7.0"
 * @param clusterName Hazelcast cluster name
 * @param members     the members, in the order tasks are spread over them
 */
public record ClusterInfo(String mode, String engine, String clusterName, List<MemberInfo> members) {

    /**
     * One member.
     *
     * @param address host:port
     * @param workers executor threads it runs tasks on
     * @param cores   available processors of its JVM
     */
    public record MemberInfo(String address, int workers, int cores) {
    }

    public ClusterInfo {
        members = List.copyOf(members);
    }

    public int totalWorkers() {
        return members.stream().mapToInt(MemberInfo::workers).sum();
    }

    /**
     * Cores of the machines the members run on: members with the same host address share one
     * machine and count once (two members on one 2-core machine have 2 cores, not 4).
     */
    public int totalCores() {
        Map<String, Integer> byHost = new LinkedHashMap<>();
        for (MemberInfo mi : members) {
            int colon = mi.address().lastIndexOf(':');
            String host = colon > 0 ? mi.address().substring(0, colon) : mi.address();
            byHost.merge(host, mi.cores(), Math::max);
        }
        return byHost.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** For environment.json: mode, engine, cluster name, totals and one object per member. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", mode);
        m.put("engine", engine);
        m.put("clusterName", clusterName);
        m.put("workers", totalWorkers());
        m.put("cores", totalCores());
        List<Map<String, Object>> list = new ArrayList<>();
        for (MemberInfo mi : members) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("address", mi.address());
            e.put("workers", mi.workers());
            e.put("cores", mi.cores());
            list.add(e);
        }
        m.put("members", list);
        return m;
    }

    @Override
    public String toString() {
        String each = members.stream()
                .map(mi -> mi.address() + " (" + mi.workers() + " workers, " + mi.cores() + " cores)")
                .collect(Collectors.joining(", "));
        return engine + " " + mode + " '" + clusterName + "': " + members.size() + " member"
                + (members.size() == 1 ? "" : "s") + ", " + totalWorkers() + " workers, " + totalCores()
                + " cores: " + each;
    }
}
