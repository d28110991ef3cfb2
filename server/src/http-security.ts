import cors from 'cors';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';
import { logger } from './logger';

/**
 * Security headers for every answer. The policy lets the built console at /admin run: its
 * scripts and styles load from this server ('self'); MUI (emotion) injects <style> elements, hence
 * 'unsafe-inline' for styles only. Nothing loads from elsewhere.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // No upgrade-insecure-requests: a plain-HTTP deployment (docker compose on a LAN) would
        // lose its scripts. TLS is the reverse proxy's concern.
      },
    },
    frameguard: { action: 'deny' },
  });
}

/**
 * CORS for browsers on other origins: only those listed (CORS_ORIGINS) get the headers, with
 * credentials (the session cookie). None listed: no CORS headers at all, so same-origin only.
 * Same-origin requests never need these headers, so the console works either way.
 */
export function corsFor(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, !!origin && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  });
}

/**
 * What Express would otherwise answer with an HTML page (and in development a stack trace): a
 * body too large (413) or not JSON (400). The answer is GraphQL-shaped and echoes nothing of the
 * request.
 */
export const httpErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = httpStatusOf(error);
  if (status >= 500) logger.error({ err: error }, 'unexpected error in an HTTP request');
  const [message, code] =
    status === 413
      ? ['Request body too large', 'PAYLOAD_TOO_LARGE']
      : status < 500
        ? ['Bad request', 'BAD_REQUEST']
        : ['Internal server error', 'INTERNAL_SERVER_ERROR'];
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
