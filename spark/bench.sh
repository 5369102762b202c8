#!/usr/bin/env bash
# The Spark job in local[2] beside the embedded engine on the same generated orders (hako.spark.SparkBenchmark).
# usage: spark/bench.sh ORDERS [WORKDIR]     e.g. spark/bench.sh 10000000
# Builds the spark module (offline), then runs with Spark's jars on the class path and Spark's module options.
# HEAP (default 6g) is the JVM's heap: Spark's driver and executor share it in local mode.
set -euo pipefail
cd "$(dirname "$0")/.."
orders=${1:?usage: spark/bench.sh ORDERS [WORKDIR]}
work=${2:-spark/target/spark-bench}
mvn -B -o -q -pl spark -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
options=$(sed -n '/<spark.module.options>/,/<\/spark.module.options>/p' spark/pom.xml \
    | sed -e 's/<[^>]*>//g' | tr '\n' ' ')
# shellcheck disable=SC2086
exec java -Xmx"${HEAP:-6g}" $options -cp "spark/target/classes:core/target/classes:$(cat spark/target/bench.classpath)" \
    hako.spark.SparkBenchmark "$orders" "$work"
