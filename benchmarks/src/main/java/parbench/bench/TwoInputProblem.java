package parbench.bench;

import parbench.core.Inputs;

/**
 * The problem of a kernel from two float inputs to one float output of the same length (vector
 * add, matmul): {@code a} and {@code b} from fixed seeds, the output {@code c} and the serial
 * reference's output {@code expected}.
 */
public abstract class TwoInputProblem<K extends AutoCloseable> implements WorkloadProblem<K> {

    float[] a;
    float[] b;
    float[] c;
    float[] expected;

    /** New inputs, output and reference of {@code length} floats each. */
    void allocate(int length) {
        a = Inputs.randomFloats(Inputs.DEFAULT_SEED, length);
        b = Inputs.randomFloats(Inputs.DEFAULT_SEED + 1, length);
        c = new float[length];
        expected = new float[length];
    }
}
