#!/usr/bin/env bash
# Starts dcim nodes on one PostgreSQL database behind HAProxy, in the foreground; Ctrl-C (or TERM) stops them all.
# README, "Several nodes". HAProxyClusterIT runs this very script and kills a node with kill -9.
#
# Settings (environment):
#   DCIM_DB_URL       the shared database (default jdbc:postgresql://127.0.0.1:5432/dcim; create it first:
#                     createdb -h 127.0.0.1 -U postgres dcim), DCIM_DB_USER (postgres), DCIM_DB_PASSWORD
#   DCIM_LB_PORT      where browsers and API clients connect (8080)
#   DCIM_NODE_PORTS   one port per node ("8081 8082"); each node keeps its files in $DCIM_CLUSTER_DIR/nodeN
#   DCIM_CLUSTER_DIR  pid files, logs and the shared credential key (./data/cluster)
#   DCIM_JAR          the application (dcim-web/target/dcim.jar, built by `mvn -q -DskipTests package`)
# Any other DCIM_* setting (README, "Configuration") reaches every node.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${DCIM_JAR:-$here/../../dcim-web/target/dcim.jar}
dir=${DCIM_CLUSTER_DIR:-./data/cluster}
lb_port=${DCIM_LB_PORT:-8080}
read -r -a node_ports <<< "${DCIM_NODE_PORTS:-8081 8082}"
export DCIM_DB_URL=${DCIM_DB_URL:-jdbc:postgresql://127.0.0.1:5432/dcim}
export DCIM_DB_USER=${DCIM_DB_USER:-postgres}
# Behind the balancer, the nodes believe its X-Forwarded-* headers (and only then).
export DCIM_TRUST_PROXY=on
haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
[ -x "$haproxy" ] || { echo "start-cluster: haproxy is not installed (apt-get install haproxy)" >&2; exit 1; }
[ -f "$jar" ] || { echo "start-cluster: $jar is missing (mvn -q -DskipTests package)" >&2; exit 1; }
[ "${#node_ports[@]}" -eq 2 ] || { echo "start-cluster: haproxy.cfg names two nodes; DCIM_NODE_PORTS gives ${#node_ports[@]}" >&2; exit 1; }
mkdir -p "$dir"

# Every node must read the SNMP and Redfish passwords the others stored: one key for all, kept beside the pids.
if [ -z "${DCIM_SECRET_KEY:-}" ]; then
  [ -f "$dir/secret.key" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$dir/secret.key")
  DCIM_SECRET_KEY=$(cat "$dir/secret.key")
fi
export DCIM_SECRET_KEY

pids=()
stop() {
  trap - EXIT INT TERM
  [ "${#pids[@]}" -gt 0 ] && kill "${pids[@]}" 2>/dev/null || true
  wait || true
}
trap stop EXIT INT TERM

wait_healthy() {
  local port=$1 name=$2
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; then return 0; fi
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "start-cluster: $name stopped; see $dir/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "start-cluster: $name is not healthy after 120 s; see $dir/$name.log" >&2
  exit 1
}

n=0
for port in "${node_ports[@]}"; do
  n=$((n + 1))
  name=node$n
  mkdir -p "$dir/$name"
  # The demo's simulated agents run on one node at a time (a database lock elects it; README, "Several nodes").
  DCIM_PORT=$port DCIM_DATA_DIR="$dir/$name" \
    java ${DCIM_JAVA_OPTS:-} -jar "$jar" > "$dir/$name.log" 2>&1 &
  pids+=($!)
  echo "$!" > "$dir/$name.pid"
  # One at a time: the first start migrates the schema, which the others must find done.
  wait_healthy "$port" "$name"
  echo "start-cluster: $name is up on port $port (pid $!)"
done

DCIM_LB_BIND=":$lb_port" DCIM_NODE_1="127.0.0.1:${node_ports[0]}" DCIM_NODE_2="127.0.0.1:${node_ports[1]}" \
  "$haproxy" -db -f "$here/haproxy.cfg" > "$dir/haproxy.log" 2>&1 &
pids+=($!)
echo "$!" > "$dir/haproxy.pid"
echo "start-cluster: http://localhost:$lb_port/ (HAProxy in front of ${#node_ports[@]} nodes; logs in $dir)"
# Runs until a signal: wait returns on any trapped signal, and stop() ends every node.
wait "${pids[-1]}"
