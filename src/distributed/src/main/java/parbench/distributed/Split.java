package parbench.distributed;

/** Even contiguous split of [0, total) into parts: the first total % parts parts get one more. */
final class Split {

    private Split() {
    }

    /** Start of part i (end of part i is start(total, parts, i + 1)); no overflow for any long total. */
    static long start(long total, int parts, int i) {
        return i * (total / parts) + Math.min(i, total % parts);
    }
}
