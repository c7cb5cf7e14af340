/** Distributed backend on Hazelcast: kernels, the embedded/cluster engine and the member command. */
package parbench.distributed;
