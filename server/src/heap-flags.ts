/**
 * The V8 flags the production server runs with: `npm start` (package.json), the Dockerfile and the
 * benchmark's server (server/bench/processes.ts) pass these; test/heap-flags.test.ts checks that
 * they agree.
 *
 * Why: V8 lets a busy server's heap grow to a few times its live data before it collects the old
 * generation. Under `npm run bench` the live data of the heaviest read (100 stations fully nested,
 * 8 at a time) stays under 256 MB, yet the process grew to 550-800 MB. Growing the old generation
 * by at most 100% of what survived the last full collection kept it at 350-390 MB, and a young
 * generation twice the default (fewer objects of a request promoted to the old one before the
 * request ends) paid back most of the extra collections: 3-10% more CPU time per request in
 * alternate runs, the same wall time. A hard cap (`--max-old-space-size`) would crash the server
 * at the cap under a rare heavier load; these only change when V8 collects.
 */
export const HEAP_FLAGS = ['--max-semi-space-size=32', '--heap-growing-percent=100'];
