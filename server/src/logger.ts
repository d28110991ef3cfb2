import pino from 'pino';

/**
 * The one logger. Request bodies and variables are never logged: they may carry a client's
 * personal data (referrals). Errors are logged by message and stack only.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: { paths: ['*.password', '*.variables', 'variables', 'req.headers.cookie'], remove: true },
});
