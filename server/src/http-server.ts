import http from 'node:http';
import type express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';

/**
 * A path answered by a fixed list of Express handlers without going through the app's router.
 * The same handlers stay mounted on the app for the path's other forms (`/graphql/`...).
 */
export interface DirectRoute {
  path: string;
  handlers: RequestHandler[];
  onError: ErrorRequestHandler;
}

/**
 * The HTTP server of an Express app, built for the cost of the most frequent request.
 *
 * - Requests and responses are born with the app's prototypes. Express gives each of them the
 *   app's prototype with `Object.setPrototypeOf` when it arrives; V8 then rebuilds the objects'
 *   hidden classes, and the code that later reads them goes the slow way. Made with that prototype
 *   from the start, the swap is a no-op.
 * - A direct route (POST /graphql) runs its handlers one after another as the router would, but
 *   without the router's matching, URL trimming and restoring at each handler.
 *
 * Measured with the old and new servers answering the same requests alternately: the prototypes
 * about 7% less server CPU for one station by id, the direct route a further 3% (5-8% for a
 * station's 30 days of hours).
 */
export function createExpressServer(app: express.Express, direct?: DirectRoute): http.Server {
  // Node's own IncomingMessage and ServerResponse are plain constructor functions.
  const incomingMessage = http.IncomingMessage as unknown as (...args: unknown[]) => void;
  const serverResponse = http.ServerResponse as unknown as (...args: unknown[]) => void;
  function AppRequest(this: unknown, socket: unknown): void {
    incomingMessage.call(this, socket);
  }
  AppRequest.prototype = app.request;
  function AppResponse(this: unknown, req: unknown, options: unknown): void {
    serverResponse.call(this, req, options);
  }
  AppResponse.prototype = app.response;
  const listener = direct ? withDirectRoute(app, direct) : app;
  return http.createServer(
    {
      IncomingMessage: AppRequest as unknown as typeof http.IncomingMessage,
      ServerResponse: AppResponse as unknown as typeof http.ServerResponse,
    },
    listener,
  );
}

function withDirectRoute(app: express.Express, route: DirectRoute): http.RequestListener {
  const { path, handlers, onError } = route;
  const withQuery = `${path}?`;
  return (incoming, outgoing) => {
    const url = incoming.url ?? '';
    if (url !== path && !url.startsWith(withQuery)) return app(incoming, outgoing);
    // What app.handle sets up, apart from the prototypes (already the app's).
    const req = incoming as Request;
    const res = outgoing as Response;
    req.res = res;
    res.locals = Object.create(null);
    let index = 0;
    const next = (error?: unknown): void => {
      if (error !== undefined && error !== null && error !== 'route' && error !== 'router') {
        // An error the error handler passes on comes after the answer began: as Express's final
        // handler does, the connection is closed.
        return void onError(error, req, res, () => req.socket.destroy());
      }
      const handler = handlers[index++];
      if (!handler) return void res.sendStatus(404);
      try {
        // Express 5 passes a handler's rejected promise to the next error handler.
        const result: unknown = handler(req, res, next);
        if (result instanceof Promise) {
          result.then(undefined, (reason: unknown) =>
            next(reason ?? new Error('Rejected promise')),
          );
        }
      } catch (thrown) {
        next(thrown);
      }
    };
    next();
  };
}

/**
 * Express middleware: a POST's text answer is written as it is, without what `res.send` adds for
 * GET requests. `res.send` hashed every answer for an ETag (no cache revalidates a POST with it),
 * checked freshness and copied the text into a buffer first: about 3-5% of the server's CPU for
 * one station by id.
 */
export const plainPostAnswers: RequestHandler = (req, res, next) => {
  if (req.method === 'POST') {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body !== 'string' || res.statusCode !== 200) return send(body);
      if (!res.hasHeader('content-type')) res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-length', Buffer.byteLength(body));
      res.end(body);
      return res;
    };
  }
  next();
};
