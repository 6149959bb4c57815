import type { DraftChanges, DraftPreview, PlanDraft, PlanDraftSave, PlanDraftSaved, PublishDraft, PublishedDraft } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import { discardQuery, draftChangesSchema, draftMemberParams, previewQuery, draftPreviewSchema, planDraftSavedSchema, planDraftSave, planDraftSchema, publishDraft, publishedDraftSchema } from './schemas.ts';

/** What the schema allows a whole draft to be (200 items of full texts and shields), with room to spare. */
const draftBodyLimit = 2 * 1024 * 1024;

/** The professional's draft of the next plan version: autosave, "Bekijk als", what changes per member, publish. */
export default async function planDraftRoutes(app: FastifyInstance): Promise<void> {
  for (const schema of [planDraftSchema, planDraftSavedSchema, draftPreviewSchema, draftChangesSchema, publishedDraftSchema]) app.addSchema(schema);

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/plan/concept',
    { schema: { summary: 'Het concept van de volgende planversie (professional)', params: familyIdParams, response: { 200: { $ref: 'PlanDraft#' }, ...problemResponses(400, 401, 403, 404) } } },
    async (request): Promise<PlanDraft> => signedIn(request).repo.planDrafts.get(request.params.familyId),
  );

  app.put<{ Params: { familyId: string }; Body: PlanDraftSave }>(
    '/gezinnen/:familyId/plan/concept',
    {
      // Each autosave sends the whole draft: a plan of 200 items with full texts is about 1.2 MB, far
      // over the app's 64 kB, and every save of a long plan was refused while she kept typing.
      bodyLimit: draftBodyLimit,
      schema: {
        summary: 'Het concept opslaan terwijl de professional typt',
        params: familyIdParams,
        body: planDraftSave,
        response: { 200: { $ref: 'PlanDraftSaved#' }, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request): Promise<PlanDraftSaved> => signedIn(request).repo.planDrafts.save(request.params.familyId, request.body),
  );

  app.delete<{ Params: { familyId: string }; Querystring: { revision: string } }>(
    '/gezinnen/:familyId/plan/concept',
    {
      schema: {
        summary: 'Het concept weggooien (de revisie die de professional zag; 409 als iemand het sindsdien veranderde)',
        params: familyIdParams,
        querystring: discardQuery,
        response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await signedIn(request).repo.planDrafts.discard(request.params.familyId, Number(request.query.revision));
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { familyId: string; memberId: string }; Querystring: { helper?: string } }>(
    '/gezinnen/:familyId/plan/concept/voorbeeld/:memberId',
    {
      schema: {
        summary: 'Bekijk het concept als dit gezinslid (of als een helper van dit gezinslid)',
        params: draftMemberParams,
        querystring: previewQuery,
        response: { 200: { $ref: 'DraftPreview#' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request): Promise<DraftPreview> => signedIn(request).repo.planDrafts.preview(request.params.familyId, request.params.memberId, request.query.helper),
  );

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/plan/concept/wijzigingen',
    { schema: { summary: 'Wat er per gezinslid verandert als het concept wordt gepubliceerd', params: familyIdParams, response: { 200: { $ref: 'DraftChanges#' }, ...problemResponses(400, 401, 403, 404) } } },
    async (request): Promise<DraftChanges> => signedIn(request).repo.planDrafts.changes(request.params.familyId),
  );

  app.post<{ Params: { familyId: string }; Body: PublishDraft }>(
    '/gezinnen/:familyId/plan/concept/publicatie',
    {
      schema: {
        summary: 'Het concept publiceren als nieuwe planversie',
        params: familyIdParams,
        body: publishDraft,
        response: { 201: { $ref: 'PublishedDraft#' }, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply): Promise<PublishedDraft> => {
      const published = await signedIn(request).repo.planDrafts.publish(request.params.familyId, request.body);
      reply.code(201);
      return published;
    },
  );
}
