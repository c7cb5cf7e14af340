// Fixed scalar work (SplitMix64 Monte Carlo, as MonteCarloPiSerial) timed in 20 ms slices for D seconds
// (argv[1], default 20): prints "start-second ns-per-sample" per slice. No JIT, no memory traffic: a
// change of speed here is the host, not the JVM. Driven by host-speed.sh.
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
int main(int argc,char**argv){
  double dur=argc>1?atof(argv[1]):20; uint64_t z=12345, count=0; double t0=now(), end=t0+dur;
  while(now()<end){ double s=now(); uint64_t n=0;
    while(now()-s<0.02){ for(int k=0;k<100000;k++){ uint64_t m=(z^(z>>30))*0xBF58476D1CE4E5B9ULL; m=(m^(m>>27))*0x94D049BB133111EBULL; m^=m>>31;
        uint64_t x=m>>33,y=m&0x7FFFFFFFULL; count+=(x*x+y*y-(1ULL<<62))>>63; z+=0x9E3779B97F4A7C15ULL;} n+=100000; }
    printf("%.3f %.4f\n", s-t0, (now()-s)*1e9/n); }
  fprintf(stderr,"%llu\n",(unsigned long long)count); return 0; }
