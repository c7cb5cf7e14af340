// c = a + b, one element per work-item. The host rounds the global size up to a multiple of the
// work-group size, so the guard keeps the extra work-items of the last group from writing.
__kernel void vector_add(__global const float* restrict a,
                         __global const float* restrict b,
                         __global float* restrict c,
                         const int n) {
    const int i = get_global_id(0);
    if (i < n) {
        c[i] = a[i] + b[i];
    }
}
