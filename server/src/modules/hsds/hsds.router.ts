import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { newRequestStore, requestContext } from '../../common/request-context';
import { sqlStatementsOfRequest } from '../../db/sql-counter';
import { logger } from '../../logger';
import { pickLanguage } from './hsds.language';
import { HsdsError, parseId, parseList, parseServiceList, parseTermList } from './hsds.params';
import { HsdsService } from './hsds.service';

/** What `GET /hsds/` says about this API (HSDS has no profile of Tukiverkko's own). */
const ABOUT = {
  version: '3.0',
  profile: 'https://docs.openreferral.org/en/v3.0/',
  openapi_url:
    'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
};

type Handler = (api: HsdsService, req: Request) => Promise<unknown> | unknown;

/**
 * Read-only Open Referral HSDS 3.0 endpoints over the public directory, for service-directory
 * tools that speak the standard. Anonymous and public data only; the language of the texts comes
 * from Accept-Language (fi, sv, en; Finnish by default and wherever a translation is missing).
 */
export function hsdsRouter(orm: MikroORM, options: { countSql?: boolean } = {}): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    // Open data without cookies: any site may read it.
    res.set({
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cache-Control': 'public, max-age=60',
      Vary: 'Accept-Language',
    });
    // Always anonymous, whatever cookie comes along: the ORM's public-only filters apply too.
    return requestContext.run(newRequestStore(!!options.countSql), next);
  });

  const get = (path: string, handler: Handler) =>
    router.get(path, async (req, res) => {
      const language = pickLanguage(req.get('accept-language'));
      const body = await handler(new HsdsService(orm.em.fork(), language), req);
      if (body === null) throw new HsdsError(404, 'Not found');
      res.set('Content-Language', language);
      send(res, 200, body);
    });

  get('/', () => ABOUT);
  get('/services', (api, req) => api.services(parseServiceList(req.query)));
  get('/services/:id', (api, req) => api.service(parseId(req.params.id)));
  get('/service_at_locations', (api, req) => api.serviceAtLocations(parseServiceList(req.query)));
  get('/service_at_locations/:id', (api, req) => api.serviceAtLocation(parseId(req.params.id)));
  get('/organizations', (api, req) => api.organizations(parseList(req.query)));
  get('/organizations/:id', (api, req) => api.organization(parseId(req.params.id)));
  get('/taxonomies', (api, req) => api.taxonomies(parseList(req.query)));
  get('/taxonomies/:id', (api, req) => api.taxonomy(parseId(req.params.id)));
  get('/taxonomy_terms', (api, req) => api.taxonomyTerms(parseTermList(req.query)));
  get('/taxonomy_terms/:id', (api, req) => api.taxonomyTerm(parseId(req.params.id)));

  router.use((_req, _res, next) => next(new HsdsError(404, 'Not found')));
  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof HsdsError) {
      const { status, message, parameter } = error;
      return send(res, status, { status, message, ...(parameter ? { parameter } : {}) });
    }
    logger.error({ err: error, path: req.path }, 'HSDS request failed');
    send(res, 500, { status: 500, message: 'Internal server error' });
  });
  return router;
}

function send(res: Response, status: number, body: unknown): void {
  const statements = sqlStatementsOfRequest();
  if (statements !== undefined) res.set('x-sql-statements', String(statements));
  if (status !== 200) res.set('Cache-Control', 'no-store');
  res.status(status).json(body);
}
