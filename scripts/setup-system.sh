#!/usr/bin/env bash
# Installs the Debian packages the native build needs. Idempotent and quick when all are present:
# it asks dpkg first and runs apt-get only for what is missing.
set -euo pipefail

# Core build: compiler, cmake, ninja, OpenBLAS, googletest. Bindings: swig (Python, Scala JNI),
# R with testthat, DLPack header, Maven (Scala). ONNX I/O: protobuf and the ONNX schema (libonnx_proto).
PACKAGES=(cmake g++ make ninja-build pkg-config libopenblas-dev libdnnl-dev libgtest-dev swig libdlpack-dev
  r-base-core r-base-dev r-cran-testthat maven
  libprotobuf-dev protobuf-compiler libonnx-dev)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "tessera: installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "tessera: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
