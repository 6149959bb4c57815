import type { DocumentView } from '@onsplan/shared';
import type { BundleEntry, DocumentReference } from '@medplum/fhirtypes';
import { concept, onsPlanCodes } from './codes.ts';
import { entry } from './context.ts';
import { authorReference } from './authors.ts';
import type { ExportContext } from './context.ts';

/**
 * A document as its metadata. The file itself is not in the bundle: it can be megabytes, and each
 * download is its own logged read. The attachment's url is the API path that serves it to a
 * signed-in reader (relative to the Ons Plan server), its SHA-256 an identifier: R4's
 * Attachment.hash holds SHA-1 only.
 */
export function documentEntries(documents: readonly DocumentView[], context: ExportContext): BundleEntry[] {
  return documents.map((d) => {
    const reference: DocumentReference = {
      resourceType: 'DocumentReference',
      identifier: [{ system: 'urn:ietf:rfc:6920:sha-256', value: d.sha256 }],
      status: 'current',
      date: d.createdAt,
      author: [authorReference(d.uploadedBy, context)],
      securityLabel: [concept(onsPlanCodes('gedeeld-met'), d.sharedWith.kind)],
      content: [
        {
          attachment: {
            contentType: d.contentType,
            size: d.sizeBytes,
            title: d.name,
            creation: d.createdAt,
            url: `/api/v1/gezinnen/${context.familyId}/documenten/${d.id}/download`,
          },
        },
      ],
    };
    return entry('document', d.id, reference);
  });
}
