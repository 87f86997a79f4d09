#!/bin/sh
# Starts Simpul for the browser tests on a fresh embedded database with the demo data.
# The folder is removed first so that every run starts from the same state.
set -e
PORT="${1:-3210}"
DATA_DIR=".tmp/e2e-data"
rm -rf "$DATA_DIR"
mkdir -p .tmp
exec node bin/simpul.mjs serve --demo --port "$PORT" --data-dir "$DATA_DIR"
