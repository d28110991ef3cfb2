import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  /** The body of the i-th request (a shared counter over all connections). */
  body(i: number): string;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, socket errors and timeouts: a run with any is not to be trusted. */
  failures: number;
}

/** A bounded load on loopback with autocannon: POSTs of JSON at a fixed number of connections. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: options.body(i++) }),
      },
    ],
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  json: any;
  bytes: number;
}

/** One request, outside the load: to check the answer and read its headers. */
export async function post(url: string, body: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = { errors: [{ message: text.slice(0, 200) }] };
  }
  return { status: response.status, headers: response.headers, json, bytes: text.length };
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
