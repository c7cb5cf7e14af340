// c = a + b, one element per work-item, no bounds check: the host launches the largest multiple
// of the work-group size with full groups, then the remaining tail (fewer than one group) as a
// second launch at a global offset with one-work-item groups. A guard such as if (i < n) in the
// bulk launch would make PoCL emit masked loads and stores, which are slow on AMD Zen.
__kernel void vector_add(__global const float* restrict a,
                         __global const float* restrict b,
                         __global float* restrict c) {
    const size_t i = get_global_id(0);
    c[i] = a[i] + b[i];
}
