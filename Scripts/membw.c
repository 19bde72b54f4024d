// Memory read bandwidth of this machine, the yardstick Scripts/bench divides a query's bytes by: a
// query that must read B bytes of columns cannot finish faster than B / bandwidth. Summing 64-bit words
// is what a column scan does at best (the compiler vectorises the loop), so this is the bound eq's
// kernels are measured against, not a peak from a vendor's sheet.
//   membw MEBIBYTES THREADS   prints the best of 7 passes in GB/s (10^9 bytes per second)
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct {
    const uint64_t *words;
    size_t count;
    uint64_t sum;
} Slice;

static void *sum_slice(void *argument) {
    Slice *slice = argument;
    const uint64_t *words = slice->words;
    uint64_t a = 0, b = 0, c = 0, d = 0;
    size_t i = 0;
    for (; i + 4 <= slice->count; i += 4) {
        a += words[i];
        b += words[i + 1];
        c += words[i + 2];
        d += words[i + 3];
    }
    for (; i < slice->count; i++) a += words[i];
    slice->sum = a ^ b ^ c ^ d;
    return NULL;
}

static double now(void) {
    struct timespec time;
    clock_gettime(CLOCK_MONOTONIC, &time);
    return (double)time.tv_sec + (double)time.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    size_t mebibytes = argc > 1 ? (size_t)atol(argv[1]) : 1024;
    int threads = argc > 2 ? atoi(argv[2]) : 1;
    if (mebibytes == 0 || threads < 1 || threads > 256) {
        fprintf(stderr, "usage: membw MEBIBYTES THREADS\n");
        return 2;
    }
    size_t count = mebibytes * 1024 * 1024 / sizeof(uint64_t);
    uint64_t *words = malloc(count * sizeof(uint64_t));
    if (words == NULL) {
        fprintf(stderr, "membw: cannot allocate %zu MiB\n", mebibytes);
        return 1;
    }
    for (size_t i = 0; i < count; i++) words[i] = i * 2654435761u;
    pthread_t ids[256];
    Slice slices[256];
    double best = 1e30;
    uint64_t check = 0;
    for (int pass = 0; pass < 7; pass++) {
        double start = now();
        for (int t = 0; t < threads; t++) {
            size_t first = count / threads * t;
            size_t last = t == threads - 1 ? count : count / threads * (t + 1);
            slices[t] = (Slice){words + first, last - first, 0};
            if (pthread_create(&ids[t], NULL, sum_slice, &slices[t]) != 0) {
                fprintf(stderr, "membw: cannot start thread %d\n", t);
                return 1;
            }
        }
        for (int t = 0; t < threads; t++) {
            pthread_join(ids[t], NULL);
            check ^= slices[t].sum;
        }
        double elapsed = now() - start;
        if (elapsed < best) best = elapsed;
    }
    // The checksum keeps the sums alive; it goes to standard error, the figure to standard output.
    fprintf(stderr, "checksum %llu\n", (unsigned long long)check);
    printf("%.2f\n", (double)(count * sizeof(uint64_t)) / best / 1e9);
    free(words);
    return 0;
}
