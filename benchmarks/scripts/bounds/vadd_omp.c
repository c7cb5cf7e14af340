/* The C reference for VectorAddBenchmark at n = 16 Mi: c[i] = a[i] + b[i] over floats with
 * OpenMP's static schedule (one contiguous part per thread), what a C programmer writes.
 * Pages are first touched by the threads that use them. Prints the median and the best of
 * REPS calls in ms. Build: gcc -O3 -march=native -fopenmp vadd_omp.c -o vadd_omp;
 * run: OMP_NUM_THREADS=2 ./vadd_omp [n] [reps]. */
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int cmp(const void *x, const void *y) {
    double a = *(const double *) x, b = *(const double *) y;
    return (a > b) - (a < b);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 16777216L;
    int reps = argc > 2 ? atoi(argv[2]) : 200;
    float *a = aligned_alloc(64, n * sizeof(float));
    float *b = aligned_alloc(64, n * sizeof(float));
    float *c = aligned_alloc(64, n * sizeof(float));
    double *t = malloc(reps * sizeof(double));
    if (!a || !b || !c || !t) {
        fprintf(stderr, "vadd_omp: out of memory\n");
        return 1;
    }
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; i++) {
        a[i] = (float) (i % 1000) * 0.5f;
        b[i] = (float) (i % 777) * 0.25f;
        c[i] = 0;
    }
    for (int r = 0; r < reps; r++) {
        double s = now_ms();
#pragma omp parallel for schedule(static)
        for (long i = 0; i < n; i++) {
            c[i] = a[i] + b[i];
        }
        t[r] = now_ms() - s;
    }
    double check = 0;
    for (long i = 0; i < n; i += 4099) {
        check += c[i] - (a[i] + b[i]);
    }
    qsort(t, reps, sizeof(double), cmp);
    printf("vadd_omp n=%ld threads=%d reps=%d median_ms=%.4f best_ms=%.4f check=%g\n", n, omp_get_max_threads(), reps,
           t[reps / 2], t[0], check);
    return check == 0 ? 0 : 1;
}
