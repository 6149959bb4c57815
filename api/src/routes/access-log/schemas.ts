/** Response schema of the access-log view: a second net, so no client IP or subject list can leave. */
export const accessLogPageSchema = {
  $id: 'AccessLogPage',
  type: 'object',
  required: ['member', 'entries', 'nextCursor'],
  additionalProperties: false,
  properties: {
    member: {
      type: 'object',
      required: ['id', 'firstName'],
      additionalProperties: false,
      properties: { id: { type: 'string', format: 'uuid' }, firstName: { type: 'string' } },
    },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'at', 'action', 'objectKind', 'objectIds', 'actor'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          at: { type: 'string', format: 'date-time' },
          action: { type: 'string', enum: ['lezen', 'aanmaken', 'wijzigen', 'verwijderen', 'printen', 'exporteren', 'zoeken', 'inloggen', 'uitloggen'] },
          objectKind: { type: 'string' },
          objectIds: { type: 'array', items: { type: 'string', format: 'uuid' } },
          actor: {
            type: 'object',
            required: ['kind', 'isMe'],
            additionalProperties: false,
            properties: {
              kind: { type: 'string', enum: ['gezinslid', 'helper', 'professional', 'beheerder', 'systeem'] },
              isMe: { type: 'boolean' },
              memberId: { type: 'string', format: 'uuid' },
              name: { type: 'string' },
              memberRole: { type: 'string', enum: ['ouder', 'jeugdige', 'netwerk', 'volwassene'] },
              jobTitle: { type: 'string' },
              organisation: { type: 'string' },
            },
          },
          onBehalfOf: {
            type: 'object',
            required: ['memberId', 'name'],
            additionalProperties: false,
            properties: { memberId: { type: 'string', format: 'uuid' }, name: { type: 'string' } },
          },
        },
      },
    },
    nextCursor: { type: ['string', 'null'] },
  },
} as const;
