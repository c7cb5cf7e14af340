#!/usr/bin/env bash
# Compiles every CUDA C source to PTX with nvcc, for the Maven build (generate-resources).
# Usage: build-ptx.sh <dir with *.cu> <output dir> <virtual arch, e.g. compute_75>
# Without nvcc on the PATH the build goes on: the backend then compiles the .cu resources with
# NVRTC at run time. With nvcc, a compile error or warning fails the build, so the CUDA C
# cannot rot unseen on machines without a GPU.
set -euo pipefail

src_dir=${1:?usage: build-ptx.sh <src dir> <out dir> <arch>}
out_dir=${2:?usage: build-ptx.sh <src dir> <out dir> <arch>}
arch=${3:?usage: build-ptx.sh <src dir> <out dir> <arch>}

if ! command -v nvcc >/dev/null 2>&1; then
    echo "[parbench-cuda] nvcc not on the PATH: no PTX built; the CUDA C will be compiled by NVRTC at run time"
    exit 0
fi

mkdir -p "$out_dir"
shopt -s nullglob
sources=("$src_dir"/*.cu)
if [ ${#sources[@]} -eq 0 ]; then
    echo "[parbench-cuda] no .cu sources in $src_dir" >&2
    exit 1
fi
for cu in "${sources[@]}"; do
    name=$(basename "$cu" .cu)
    # -ptx for a virtual arch: the driver JIT-compiles the PTX for whatever GPU it finds.
    nvcc -ptx -arch="$arch" -std=c++17 -O3 -Werror all-warnings -o "$out_dir/$name.ptx" "$cu"
done
echo "[parbench-cuda] nvcc $(nvcc --version | sed -n 's/.*release \([0-9.]*\).*/\1/p'): built ${#sources[@]} PTX files for $arch in $out_dir"
