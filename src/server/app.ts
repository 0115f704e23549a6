import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.js';
import { createAttemptLimiter } from './http/attempt-limiter.js';
import { AppError, createErrorHandler, sendProblem, toProblem } from './http/errors.js';
import { registerSessionAuth } from './http/session-auth.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerApproachRoutes } from './modules/approach/index.js';
import { raterPathPrefix, registerAssessmentRoutes } from './modules/assessments/index.js';
import { recordDenial } from './modules/audit/index.js';
import { authenticate, loginPath, registerAuthRoutes } from './modules/auth/index.js';
import { registerCompetencyRoutes } from './modules/competencies/index.js';
import { registerCoachingRoutes, registerRelationshipRoutes } from './modules/engagements/index.js';
import { registerHealthRoutes } from './modules/health/index.js';
import { registerPeopleRoutes } from './modules/people/index.js';
import { registerMatchingRoutes } from './modules/matching/index.js';
import { registerNotificationRoutes } from './modules/notifications/index.js';
import { registerProgramRoutes } from './modules/programs/index.js';
import { registerSessionRoutes } from './modules/sessions/index.js';
import { registerUserRoutes } from './modules/users/index.js';
import { registerOrganizationRoutes } from './modules/organizations/index.js';
import { registerPrivacyRoutes } from './modules/privacy/index.js';
import { registerWeeklyGoalRoutes } from './modules/weekly-goals/index.js';
import { registerBehaviouralProfileRoutes } from './modules/behavioural-profiles/index.js';
import { pulsePathPrefix, registerTeamPulseRoutes } from './modules/team-pulse/index.js';
import { registerOutcomeRoutes } from './modules/outcomes/index.js';
import { registerSuccessionRoutes } from './modules/succession/index.js';
import { registerOngoingFeedbackRoutes } from './modules/ongoing-feedback/index.js';

const requestIdPattern = /^[\w.:-]{1,128}$/;

/** Builds the HTTP app on the given dependencies. Does not listen; `main.ts` does. */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      redact: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
    },
    // Honour a caller's request id (a proxy's, say) when it looks sane; otherwise make one.
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: false,
    forceCloseConnections: 'idle',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(
    createErrorHandler((request, problem) =>
      recordDenial({ db: deps.connection.db, clock: deps.clock }, request, problem),
    ),
  );
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerSecurityHeaders(app, { isHttps: deps.config.secureCookies });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tandem API',
        version: deps.version,
        description: 'Leadership coaching and mentoring programs. Errors are RFC 9457 problem+json.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tandem_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const db = deps.connection.db;
  const clock = deps.clock;
  const session = deps.config.session;
  registerSessionAuth(app, {
    authenticate: (token) => authenticate({ db, clock, session }, token),
    csrfExemptPaths: [loginPath],
    csrfExemptPrefixes: [raterPathPrefix, pulsePathPrefix],
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerHealthRoutes(app, { connection: deps.connection, version: deps.version });
  registerAuthRoutes(app, {
    db,
    clock,
    session,
    secureCookies: deps.config.secureCookies,
    addressLimiter: createAttemptLimiter(clock, 30, 15 * 60),
    emailLimiter: createAttemptLimiter(clock, 10, 15 * 60),
  });
  registerUserRoutes(app, { db, clock, session });
  registerPeopleRoutes(app, { db, clock });
  registerApproachRoutes(app, { db, clock });
  registerCompetencyRoutes(app, { db, clock });
  registerProgramRoutes(app, { db, clock });
  registerMatchingRoutes(app, { db, clock });
  registerCoachingRoutes(app, { db, clock });
  registerRelationshipRoutes(app, { db, clock });
  registerWeeklyGoalRoutes(app, { db, clock });
  registerNotificationRoutes(app, { db, clock });
  // The calendar feed (GET /api/calendar/:token.ics) needs no cookie: its token is the credential.
  // Session auth leaves cookie-less GETs alone and checks CSRF on writes only, so it needs no exemption.
  registerSessionRoutes(app, { db, clock });
  registerPrivacyRoutes(app, { db, clock });
  registerOrganizationRoutes(app, { db, clock });
  // The rater's form (GET/PUT /api/rater/:token) needs no cookie either: its token is the credential.
  registerAssessmentRoutes(app, { db, clock, publicUrl: deps.config.publicUrl });
  registerBehaviouralProfileRoutes(app, { db, clock });
  // A team member's pulse form (GET/POST /api/pulse/:token): the token is the credential too.
  registerTeamPulseRoutes(app, { db, clock, publicUrl: deps.config.publicUrl });
  registerSuccessionRoutes(app, { db, clock });
  registerOutcomeRoutes(app, { db, clock });
  registerOngoingFeedbackRoutes(app, { db, clock });

  const hasWeb = existsSync(path.join(deps.config.webDir, 'index.html'));
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuild while running is served at once.
    await app.register(fastifyStatic, { root: deps.config.webDir, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/api?');
    if (isPage && hasWeb) return reply.type('text/html').sendFile('index.html');
    if (isPage) {
      return reply
        .code(503)
        .type('text/plain')
        .send('The web app is not built. Run `npm run build` (or start with `npm start`, which builds it).');
    }
    const problem = toProblem(
      new AppError('NOT_FOUND', { message: `No route ${request.method} ${request.url.split('?')[0]}.` }),
      request.id,
    );
    return sendProblem(reply, problem);
  });
  return app;
}
