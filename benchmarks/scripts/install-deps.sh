#!/usr/bin/env bash
# Installs what parbench needs from Debian's packages when it is missing: an OpenCL ICD loader,
# its headers and PoCL (OpenCL on the CPU), so that the aparapi and jocl backends run for real.
# Java 17 and Maven come with the machine. Does nothing when everything is there.
set -euo pipefail
need=()
for p in ocl-icd-libopencl1 ocl-icd-opencl-dev pocl-opencl-icd clinfo; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
echo "install-deps: done"
