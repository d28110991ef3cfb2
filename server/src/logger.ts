import pino from 'pino';

// Standard output (synchronous), unless a test captures the lines.
let output: { write(line: string): unknown } = pino.destination({ dest: 1, sync: true });

/**
 * The one logger. Request bodies and variables are never logged: they may carry a client's
 * personal data (referrals). Errors are logged by message and stack only.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? 'info',
    redact: {
      paths: ['*.password', '*.variables', 'variables', 'req.headers.cookie'],
      remove: true,
    },
  },
  { write: (line: string) => output.write(line) },
);

/**
 * Test hook: sends every log line to `write` (e.g. to check that a whole referral flow logs no
 * personal data) until the returned function is called.
 */
export function captureLogs(write: (line: string) => void): () => void {
  const previous = output;
  output = { write };
  return () => {
    output = previous;
  };
}
