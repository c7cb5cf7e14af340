// What does PoCL do with CL_MEM_USE_HOST_PTR and CL_MEM_ALLOC_HOST_PTR on its CPU device?
// Prints whether a mapped buffer's pointer is the host pointer (zero copy) and the time of a
// 16 MiB write/read/map per flag.
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}
#define CK(e) do{cl_int _e=(e); if(_e){fprintf(stderr,"%s:%d err %d\n",__FILE__,__LINE__,_e);exit(1);}}while(0)
int main(void){
  cl_platform_id p; cl_device_id d; cl_int err;
  CK(clGetPlatformIDs(1,&p,NULL)); CK(clGetDeviceIDs(p,CL_DEVICE_TYPE_ALL,1,&d,NULL));
  char name[256]; clGetDeviceInfo(d,CL_DEVICE_NAME,sizeof name,name,NULL);
  cl_context c=clCreateContext(NULL,1,&d,NULL,NULL,&err); CK(err);
  cl_command_queue q=clCreateCommandQueue(c,d,0,&err); CK(err);
  size_t bytes=16u<<20;
  printf("device: %s\n",name);
  for(int align=0;align<2;align++){
    char *raw=malloc(bytes+8192); char *host= align? (char*)(((size_t)raw+4095)&~(size_t)4095) : raw+4; // page aligned or 4-byte off
    memset(host,1,bytes);
    cl_mem m=clCreateBuffer(c,CL_MEM_READ_WRITE|CL_MEM_USE_HOST_PTR,bytes,host,&err); CK(err);
    void *map=clEnqueueMapBuffer(q,m,CL_TRUE,CL_MAP_READ|CL_MAP_WRITE,0,bytes,0,NULL,NULL,&err); CK(err);
    double t0=now(); CK(clEnqueueUnmapMemObject(q,m,map,0,NULL,NULL)); CK(clFinish(q));
    void *map2=clEnqueueMapBuffer(q,m,CL_TRUE,CL_MAP_READ|CL_MAP_WRITE,0,bytes,0,NULL,NULL,&err); CK(err);
    double t1=now(); CK(clEnqueueUnmapMemObject(q,m,map2,0,NULL,NULL)); CK(clFinish(q));
    void *hp=NULL; clGetMemObjectInfo(m,CL_MEM_HOST_PTR,sizeof hp,&hp,NULL);
    printf("USE_HOST_PTR %s host: map returns host pointer: %s (map+unmap 16 MiB: %.3f ms)\n",
      align?"page-aligned":"unaligned (+4 B)", map==host?"yes (zero copy)":"no (shadow copy)", t1-t0);
    clReleaseMemObject(m); free(raw);
  }
  cl_mem a=clCreateBuffer(c,CL_MEM_READ_WRITE|CL_MEM_ALLOC_HOST_PTR,bytes,NULL,&err); CK(err);
  void *m1=clEnqueueMapBuffer(q,a,CL_TRUE,CL_MAP_WRITE,0,bytes,0,NULL,NULL,&err); CK(err);
  CK(clEnqueueUnmapMemObject(q,a,m1,0,NULL,NULL)); CK(clFinish(q));
  double t0=now();
  void *m2=clEnqueueMapBuffer(q,a,CL_TRUE,CL_MAP_WRITE,0,bytes,0,NULL,NULL,&err); CK(err);
  CK(clEnqueueUnmapMemObject(q,a,m2,0,NULL,NULL)); CK(clFinish(q));
  printf("ALLOC_HOST_PTR: map twice gives the same pointer: %s (map+unmap 16 MiB: %.3f ms)\n", m1==m2?"yes":"no", now()-t0);
  char *src=malloc(bytes); memset(src,2,bytes);
  cl_mem plain=clCreateBuffer(c,CL_MEM_READ_WRITE,bytes,NULL,&err); CK(err);
  CK(clEnqueueWriteBuffer(q,plain,CL_TRUE,0,bytes,src,0,NULL,NULL));
  double best=1e9; for(int i=0;i<5;i++){double s=now(); CK(clEnqueueWriteBuffer(q,plain,CL_TRUE,0,bytes,src,0,NULL,NULL)); double e=now()-s; if(e<best)best=e;}
  printf("plain buffer: clEnqueueWriteBuffer 16 MiB best of 5: %.3f ms (a memcpy)\n",best);
  return 0;
}
