/**
 * Independent reference for the transportation tests: min-cost flow by successive shortest paths
 * (Bellman-Ford on the residual graph). Supplies/demands may be fractional (a tolerance absorbs rounding dust);
 * total supply >= total demand, every demand met.
 * Deliberately shares no code with the HiGHS model.
 */
interface Edge {
  to: number;
  capacity: number;
  cost: number;
  reverse: number;
}

export function minCostTransportation(
  supply: readonly number[],
  demand: readonly number[],
  cost: readonly (readonly number[])[],
): { cost: number; flow: number[][] } {
  const m = supply.length;
  const n = demand.length;
  const source = m + n;
  const sink = source + 1;
  const graph: Edge[][] = Array.from({ length: sink + 1 }, () => []);
  const addEdge = (from: number, to: number, capacity: number, edgeCost: number) => {
    graph[from]!.push({ to, capacity, cost: edgeCost, reverse: graph[to]!.length });
    graph[to]!.push({ to: from, capacity: 0, cost: -edgeCost, reverse: graph[from]!.length - 1 });
  };
  supply.forEach((s, i) => addEdge(source, i, s, 0));
  demand.forEach((d, j) => addEdge(m + j, sink, d, 0));
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) addEdge(i, m + j, Infinity, cost[i]![j]!);

  let totalCost = 0;
  let remaining = demand.reduce((a, b) => a + b, 0);
  const EPS = 1e-9;
  for (let iteration = 0; remaining > EPS; iteration++) {
    if (iteration > 10_000) throw new Error('min-cost flow did not converge');
    const dist = new Array<number>(sink + 1).fill(Infinity);
    const previous: Array<[number, number] | undefined> = new Array(sink + 1).fill(undefined);
    dist[source] = 0;
    for (let round = 0; round <= sink; round++) {
      let changed = false;
      for (let u = 0; u <= sink; u++) {
        if (dist[u] === Infinity) continue;
        graph[u]!.forEach((e, k) => {
          if (e.capacity > EPS && dist[u]! + e.cost < dist[e.to]! - 1e-12) {
            dist[e.to] = dist[u]! + e.cost;
            previous[e.to] = [u, k];
            changed = true;
          }
        });
      }
      if (!changed) break;
    }
    if (dist[sink] === Infinity) throw new Error('demand cannot be met');
    let push = remaining;
    for (let v = sink; v !== source; ) {
      const [u, k] = previous[v]!;
      push = Math.min(push, graph[u]![k]!.capacity);
      v = u;
    }
    for (let v = sink; v !== source; ) {
      const [u, k] = previous[v]!;
      const e = graph[u]![k]!;
      e.capacity -= push;
      graph[v]![e.reverse]!.capacity += push;
      v = u;
    }
    totalCost += push * dist[sink]!;
    remaining -= push;
  }
  const flow = Array.from({ length: m }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      const back = graph[m + j]!.find((e) => e.to === i);
      return back ? back.capacity : 0;
    }),
  );
  return { cost: totalCost, flow };
}
