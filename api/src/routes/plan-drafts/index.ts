import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  DiscardDraftQuerySchema,
  DraftChangesSchema,
  DraftMemberParamsSchema,
  DraftPreviewQuerySchema,
  DraftPreviewSchema,
  NoContent,
  PlanDraftSavedSchema,
  PlanDraftSaveSchema,
  PlanDraftSchema,
  PublishDraftSchema,
  PublishedDraftSchema,
  Ref,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** What the schema allows a whole draft to be (200 items of full texts and shields), with room to spare. */
const draftBodyLimit = 2 * 1024 * 1024;

/** The professional's draft of the next plan version: autosave, "Bekijk als", what changes per member, publish. */
export default async function planDraftRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  for (const schema of [PlanDraftSchema, PlanDraftSavedSchema, DraftPreviewSchema, DraftChangesSchema, PublishedDraftSchema]) app.addSchema(schema);

  app.get(
    '/gezinnen/:familyId/plan/concept',
    { schema: { summary: 'Het concept van de volgende planversie (professional)', params: familyIdParams, response: { 200: Ref(PlanDraftSchema), ...problemResponses(400, 401, 403, 404) } } },
    async (request) => signedIn(request).repo.planDrafts.get(request.params.familyId),
  );

  app.put(
    '/gezinnen/:familyId/plan/concept',
    {
      // Each autosave sends the whole draft: a plan of 200 items with full texts is about 1.2 MB, far
      // over the app's 64 kB, and every save of a long plan was refused while she kept typing.
      bodyLimit: draftBodyLimit,
      schema: {
        summary: 'Het concept opslaan terwijl de professional typt',
        params: familyIdParams,
        body: PlanDraftSaveSchema,
        response: { 200: Ref(PlanDraftSavedSchema), ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request) => signedIn(request).repo.planDrafts.save(request.params.familyId, request.body),
  );

  app.delete(
    '/gezinnen/:familyId/plan/concept',
    {
      schema: {
        summary: 'Het concept weggooien (de revisie die de professional zag; 409 als iemand het sindsdien veranderde)',
        params: familyIdParams,
        querystring: DiscardDraftQuerySchema,
        response: { 204: NoContent(), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await signedIn(request).repo.planDrafts.discard(request.params.familyId, Number(request.query.revision));
      return reply.code(204).send();
    },
  );

  app.get(
    '/gezinnen/:familyId/plan/concept/voorbeeld/:memberId',
    {
      schema: {
        summary: 'Bekijk het concept als dit gezinslid (of als een helper van dit gezinslid)',
        params: DraftMemberParamsSchema,
        querystring: DraftPreviewQuerySchema,
        response: { 200: Ref(DraftPreviewSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => signedIn(request).repo.planDrafts.preview(request.params.familyId, request.params.memberId, request.query.helper),
  );

  app.get(
    '/gezinnen/:familyId/plan/concept/wijzigingen',
    { schema: { summary: 'Wat er per gezinslid verandert als het concept wordt gepubliceerd', params: familyIdParams, response: { 200: Ref(DraftChangesSchema), ...problemResponses(400, 401, 403, 404) } } },
    async (request) => signedIn(request).repo.planDrafts.changes(request.params.familyId),
  );

  app.post(
    '/gezinnen/:familyId/plan/concept/publicatie',
    {
      schema: {
        summary: 'Het concept publiceren als nieuwe planversie',
        params: familyIdParams,
        body: PublishDraftSchema,
        response: { 201: Ref(PublishedDraftSchema), ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const published = await signedIn(request).repo.planDrafts.publish(request.params.familyId, request.body);
      reply.code(201);
      return published;
    },
  );
}
