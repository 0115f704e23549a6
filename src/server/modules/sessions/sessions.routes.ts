import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '../../../contract/problem.js';
import {
  CalendarFeed,
  CalendarFeedParams,
  Session,
  SessionActionItem,
  SessionActionItemInput,
  SessionActionItemParams,
  SessionActionItemUpdate,
  SessionList,
  SessionListQuery,
  SessionNote,
  SessionNoteInput,
  SessionNoteParams,
  SessionParams,
  SessionScheduleInput,
  SessionUpdateInput,
} from '../../../contract/sessions.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  addActionItem,
  calendarFeed,
  createCalendarFeed,
  getSession,
  listMySessions,
  listPairSessions,
  revokeCalendarFeed,
  scheduleSession,
  sessionInvite,
  setActionItem,
  updateSession,
  writeNote,
  type PairTarget,
  type SessionDeps,
} from './sessions.service.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };
const tags = ['sessions'];
const PairParams = z.object({ id: z.uuid() });
const calendarType = 'text/calendar; charset=utf-8';
/** iCalendar text, sent as it is (a string payload with a non-JSON type is not serialized). */
const IcsFile = z.string().describe('text/calendar');

/** The calendar feed's route: the token in the path is the credential, so no session cookie is needed. */
export const calendarFeedRoute = '/api/calendar/:token.ics';

// Record-level rules (the pair, an admin, a coaching engagement's manager or sponsor) are applied
// by the service through `authorize` once the session or pair is loaded; here only sign-in is required.
export function registerSessionRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  const pairs: [string, PairTarget['kind'], string][] = [
    ['/api/relationships/:id/sessions', 'mentoring', 'mentoring relationship'],
    ['/api/engagements/:id/sessions', 'coaching', 'coaching engagement'],
  ];
  for (const [url, kind, what] of pairs) {
    routes.post(
      url,
      {
        schema: {
          tags,
          summary: `Schedule a session of a ${what} (either person of the pair, while proposed or active)`,
          params: PairParams,
          body: SessionScheduleInput,
          response: { 201: Session, ...writeProblems },
        },
      },
      async (request, reply) => {
        const session = await scheduleSession(
          deps,
          requestContext(request),
          authorize(request.actor, 'me.read'),
          { kind, id: request.params.id },
          request.body,
        );
        return reply.code(201).send(session);
      },
    );

    routes.get(
      url,
      {
        schema: {
          tags,
          summary: `The sessions of a ${what}, in time order (no notes; agenda only for the pair)`,
          params: PairParams,
          response: { 200: SessionList, ...readProblems },
        },
      },
      async (request) =>
        listPairSessions(deps.db, authorize(request.actor, 'me.read'), { kind, id: request.params.id }),
    );
  }

  routes.get(
    '/api/sessions',
    {
      schema: {
        tags,
        summary: 'Your sessions as one of the pair, in time order, from `from` (inclusive) to `to` (exclusive)',
        querystring: SessionListQuery,
        response: { 200: SessionList, ...readProblems },
      },
    },
    async (request) => listMySessions(deps.db, authorize(request.actor, 'sessions.list'), request.query),
  );

  routes.get(
    '/api/sessions/:id',
    {
      schema: {
        tags,
        summary: 'One session: the pair sees template, shared notes, their own private notes and action items',
        params: SessionParams,
        response: { 200: Session, ...readProblems },
      },
    },
    async (request) =>
      getSession(deps, requestContext(request), authorize(request.actor, 'me.read'), request.params.id),
  );

  routes.patch(
    '/api/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Reschedule, edit, or mark a session held or cancelled (the pair)',
        params: SessionParams,
        body: SessionUpdateInput,
        response: { 200: Session, ...writeProblems },
      },
    },
    async (request) =>
      updateSession(
        deps,
        requestContext(request),
        authorize(request.actor, 'me.read'),
        request.params.id,
        request.body,
      ),
  );

  for (const visibility of ['shared', 'private'] as const) {
    routes.put(
      `/api/sessions/:id/notes/${visibility}/:section`,
      {
        schema: {
          tags,
          summary:
            visibility === 'shared'
              ? 'Write the pair’s shared note of a template section (or `general`); a blank body removes it'
              : 'Write your own private note of a section (or `general`); only you ever read it',
          params: SessionNoteParams,
          body: SessionNoteInput,
          response: { 200: z.object({ note: SessionNote.nullable() }), ...writeProblems },
        },
      },
      async (request) =>
        writeNote(
          deps,
          requestContext(request),
          authorize(request.actor, 'me.read'),
          request.params.id,
          visibility,
          request.params.section,
          request.body.body,
        ),
    );
  }

  routes.post(
    '/api/sessions/:id/action-items',
    {
      schema: {
        tags,
        summary: 'Add an action item, owned by one of the two people of the pair',
        params: SessionParams,
        body: SessionActionItemInput,
        response: { 201: SessionActionItem, ...writeProblems },
      },
    },
    async (request, reply) => {
      const item = await addActionItem(
        deps,
        requestContext(request),
        authorize(request.actor, 'me.read'),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(item);
    },
  );

  routes.patch(
    '/api/sessions/:id/action-items/:itemId',
    {
      schema: {
        tags,
        summary: 'Tick an action item off, or back on',
        params: SessionActionItemParams,
        body: SessionActionItemUpdate,
        response: { 200: SessionActionItem, ...writeProblems },
      },
    },
    async (request) =>
      setActionItem(
        deps,
        requestContext(request),
        authorize(request.actor, 'me.read'),
        request.params.id,
        request.params.itemId,
        request.body.done,
      ),
  );

  routes.get(
    '/api/sessions/:id/invite.ics',
    {
      schema: {
        tags,
        summary: 'The session as an iCalendar file (never notes; the agenda only for the pair)',
        params: SessionParams,
        response: { 200: IcsFile, ...readProblems },
      },
    },
    async (request, reply) => {
      const invite = await sessionInvite(deps, authorize(request.actor, 'me.read'), request.params.id);
      return reply
        .type(calendarType)
        .header('content-disposition', `attachment; filename="${invite.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(invite.body);
    },
  );

  routes.post(
    '/api/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Create your secret calendar feed address, replacing (and revoking) any earlier one',
        response: { 201: CalendarFeed, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const feed = await createCalendarFeed(
        deps,
        requestContext(request),
        authorize(request.actor, 'calendarFeed.manage'),
      );
      return reply.code(201).send(feed);
    },
  );

  routes.delete(
    '/api/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Revoke your calendar feed; its address stops working',
        response: { 204: z.null(), 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      await revokeCalendarFeed(deps, requestContext(request), authorize(request.actor, 'calendarFeed.manage'));
      return reply.code(204).send(null);
    },
  );

  routes.get(
    calendarFeedRoute,
    {
      schema: {
        tags,
        summary: 'A calendar feed: your sessions from 30 days back on (the token is the credential; no cookie)',
        params: CalendarFeedParams,
        response: { 200: IcsFile, 404: Problem },
        security: [],
      },
    },
    async (request, reply) => {
      const body = await calendarFeed(deps, request.params.token);
      return reply
        .type(calendarType)
        .header('content-disposition', 'inline; filename="tandem-sessions.ics"')
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );
}
