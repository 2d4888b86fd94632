#!/usr/bin/env bash
# Makes the Python virtual environment the engine tests run DuckDB in (and pyspark, with
# ENGINES="duckdb spark", and Java from Debian for it), from PyPI, and prints its python's path. Installs Debian's python3-venv
# first when `python3 -m venv` cannot work without it. Fails loudly: a test that needs the
# engine must not pass because it could not get one.
#
#   Scripts/engines-venv.sh            # .build/engines-venv with duckdb (package and program)
#   ENGINES="duckdb spark" Scripts/engines-venv.sh
set -euo pipefail

VENV=${ENGINES_VENV:-.build/engines-venv}
DUCKDB_VERSION=${DUCKDB_VERSION:-1.5.6}
PYSPARK_VERSION=${PYSPARK_VERSION:-3.5.3}
ENGINES=${ENGINES:-duckdb}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

command -v python3 >/dev/null || { echo "engines-venv: python3 is not installed (apt-get install python3)" >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ]; then
  if ! python3 -m venv "$VENV" >/dev/null 2>&1; then
    echo "engines-venv: installing python3-venv with apt-get" >&2
    rm -rf "$VENV"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >&2
    python3 -m venv "$VENV"
  fi
fi

# Spark runs on a Java runtime from Debian.
if [[ " $ENGINES " == *" spark "* ]] && ! command -v java >/dev/null; then
  echo "engines-venv: installing default-jre-headless (Java for Spark) with apt-get" >&2
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >&2
fi

want=()
for engine in $ENGINES; do
  case "$engine" in
    # The python package, and the command line program (`newsq sql --engine duckdb` runs it).
    duckdb) "$VENV/bin/python" -c "import duckdb, sys; sys.exit(duckdb.__version__ != '$DUCKDB_VERSION')" 2>/dev/null \
              || want+=("duckdb==$DUCKDB_VERSION")
            [ -x "$VENV/bin/duckdb" ] || want+=("duckdb-cli==$DUCKDB_VERSION") ;;
    spark) "$VENV/bin/python" -c "import pyspark" 2>/dev/null || want+=("pyspark==$PYSPARK_VERSION") ;;
    *) echo "engines-venv: unknown engine '$engine' (duckdb, spark)" >&2; exit 1 ;;
  esac
done
if [ ${#want[@]} -gt 0 ]; then
  echo "engines-venv: pip install ${want[*]} into $VENV" >&2
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${want[@]}" >&2 \
    || { echo "engines-venv: could not install ${want[*]} from PyPI (is the network there?)" >&2; exit 1; }
fi
echo "$VENV/bin/python"
