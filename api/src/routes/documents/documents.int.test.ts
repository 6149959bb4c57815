import { documentAudienceHeader, type DocumentAudience } from '@onsplan/shared';
import exifr from 'exifr';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../config.ts';
import { inspectUpload } from '../../documents/content.ts';
import { sizeText } from '../../documents/files.ts';
import { testEngine } from '../../test/db.ts';
import { ascii, concat, emptyZip, gpsAnywhere, holdsText, jpegPhoto, jpegPixels, pdfDocument, pngImage } from '../../test/document-fixtures.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let dir: string;

async function start(overrides: Partial<Config> = {}) {
  dir = await mkdtemp(join(tmpdir(), 'onsplan-documenten-'));
  t = await testApp({ documentsDir: dir, documentMaxBytes: 256 * 1024, ...overrides });
}
beforeEach(async () => start());
afterEach(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const base = () => `/api/v1/gezinnen/${jansen().id}/documenten`;
const uploads = () => `/api/v1/gezinnen/${jansen().id}/uploads`;
const utrecht = { latitude: 52.0907, longitude: 5.1214 };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** The size a file has once stored (photos lose their metadata). */
const inspectedSize = (bytes: Uint8Array) => inspectUpload(bytes).bytes.length;

interface UploadOptions {
  name?: string;
  audience?: DocumentAudience;
  clientId?: string;
  headers?: Record<string, string>;
}

async function upload(who: string | Agent, bytes: Uint8Array | Readable, options: UploadOptions = {}) {
  const agent = typeof who === 'string' ? await t.as(who) : who;
  const response = await agent.request({
    method: 'PUT',
    url: `${uploads()}/${options.clientId ?? randomUUID()}`,
    payload: bytes instanceof Readable ? bytes : Buffer.from(bytes),
    headers: {
      'content-type': 'application/octet-stream',
      'x-document-name': encodeURIComponent(options.name ?? 'foto.jpg'),
      ...(options.audience ? { 'x-document-audience': documentAudienceHeader(options.audience) } : {}),
      ...options.headers,
    },
  });
  return { agent, response };
}

async function download(who: string | Agent, documentId: string) {
  const agent = typeof who === 'string' ? await t.as(who) : who;
  return agent.get(`${base()}/${documentId}/download`);
}

async function storedFiles(): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).sort();
}

async function documentCount(): Promise<number> {
  const [row] = await t.db.query<{ n: number }>('select count(*)::int as n from documents');
  return row!.n;
}

async function giveToestemming(subject: string, givenBy: string, organisation: string, options: { status?: string; validUntil?: string; minutesLater?: number } = {}) {
  const id = randomUUID();
  const at = new Date(t.clock.now().getTime() - 60 * 60_000 + (options.minutesLater ?? 0) * 60_000);
  await t.db.query(
    `insert into toestemmingen (id, family_id, subject_member_id, given_by_member_id, recipient_kind, recipient_name, purpose, valid_until, status, decided_by_user_id, created_at, client_id)
     values ($1, $2, $3, $4, 'organisatie', $5, 'Hulp bij school', $6, $7, $8, $9, $10)`,
    [id, jansen().id, memberId(subject), memberId(givenBy), organisation, options.validUntil ?? '2027-06-30', options.status ?? 'gegeven', t.userIdOf(givenBy), at.toISOString(), randomUUID()],
  );
  return id;
}

describe(`documents on ${testEngine()}`, () => {
  it('Samira uploads a photo with GPS for Fatima; Fatima downloads it without GPS; Mark cannot tell it exists', async () => {
    const photo = jpegPhoto({ gps: utrecht, orientation: 6, comment: 'Lindelaan 12' });
    expect(await exifr.gps(Buffer.from(photo))).toBeDefined();
    const { response } = await upload('samira', photo, { name: 'IMG_2041.JPG' });
    expect(response.statusCode).toBe(201);
    const document = response.json();
    expect(document).toMatchObject({
      name: 'IMG_2041.jpg',
      contentType: 'image/jpeg',
      uploadedBy: { kind: 'member', name: 'Samira', isMe: true },
      sharedWith: { kind: 'professionals' },
    });
    expect(document).not.toHaveProperty('storageKey');

    const fatima = await download('fatima', document.id);
    expect(fatima.statusCode).toBe(200);
    expect(fatima.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'content-disposition': `attachment; filename="IMG_2041.jpg"; filename*=UTF-8''IMG_2041.jpg`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    const bytes = fatima.rawPayload;
    expect(Number(fatima.headers['content-length'])).toBe(bytes.length);
    expect(sha256(bytes)).toBe(document.sha256);
    expect(document.sizeBytes).toBe(bytes.length);
    // Parsed by an independent EXIF reader: no GPS, nothing but the orientation; still the same picture.
    expect(await exifr.gps(bytes)).toBeUndefined();
    expect(await exifr.parse(bytes, { tiff: true, gps: true, exif: true, xmp: true, iptc: true, jfif: false })).toEqual({ Orientation: 'Rotate 90 CW' });
    expect(bytes.includes('Lindelaan')).toBe(false);
    expect(jpegPixels(bytes)).toEqual(jpegPixels(photo));

    const mark = await download('mark', document.id);
    const unknown = await download('mark', randomUUID());
    expect(mark.statusCode).toBe(404);
    expect(mark.headers['content-type']).toContain('application/problem+json');
    expect(mark.body).toBe(unknown.body);
  });

  it.each([
    ['a photo whose JFXX thumbnail (a whole JPEG) holds EXIF GPS', 'foto.jpg', jpegPhoto({ jfxxThumbnailGps: utrecht })],
    ['a photo whose ICC colour profile says "Lindelaan 12"', 'foto.jpg', jpegPhoto({ iccText: 'Lindelaan 12' })],
    ['a PNG with GPS in eXIf and the address in its ICC profile and text chunks', 'plaatje.png', pngImage({ gps: utrecht, iccText: 'Lindelaan 12', compressedText: 'Lindelaan 12', internationalText: 'Lindelaan 12' })],
  ])('%s: neither the position nor the text is on disk or in the download', async (_what, name, photo) => {
    expect((await gpsAnywhere(photo)).length + Number(holdsText(photo, 'Lindelaan 12'))).toBeGreaterThan(0);
    const { response } = await upload('samira', photo, { name });
    expect(response.statusCode).toBe(201);
    const downloaded = (await download('fatima', response.json().id)).rawPayload;
    const [stored] = await storedFiles();
    const onDisk = await readFile(join(dir, stored!));
    expect(onDisk.equals(downloaded)).toBe(true);
    expect(await gpsAnywhere(onDisk)).toEqual([]);
    expect(holdsText(onDisk, 'Lindelaan 12')).toBe(false);
  });

  it('who sees which document, per member (list and download)', async () => {
    const samiraPhoto = (await upload('samira', jpegPhoto(), { name: 'voor Fatima.jpg' })).response.json().id;
    const forNoor = (await upload('samira', pdfDocument(), { name: 'brief voor Noor.pdf', audience: { kind: 'leden', memberIds: [memberId('noor')] } })).response.json().id;
    const toParents = (await upload('fatima', pdfDocument(), { name: 'verslag.pdf', audience: { kind: 'leden', memberIds: [memberId('samira'), memberId('mark')] } })).response.json().id;
    const noorOwn = (await upload('noor', jpegPhoto(), { name: 'van Noor.jpg' })).response.json().id;
    const documents = { samiraPhoto, forNoor, toParents, noorOwn };

    // 200 = may see it (in the list and as download), 404 = looks exactly as if it did not exist.
    const expected: Record<string, Record<keyof typeof documents, 200 | 404>> = {
      samira: { samiraPhoto: 200, forNoor: 200, toParents: 200, noorOwn: 404 },
      ria: { samiraPhoto: 200, forNoor: 200, toParents: 200, noorOwn: 404 },
      mark: { samiraPhoto: 404, forNoor: 404, toParents: 200, noorOwn: 404 },
      noor: { samiraPhoto: 404, forNoor: 200, toParents: 404, noorOwn: 200 },
      daan: { samiraPhoto: 404, forNoor: 404, toParents: 404, noorOwn: 404 },
      henk: { samiraPhoto: 404, forNoor: 404, toParents: 404, noorOwn: 404 },
      fatima: { samiraPhoto: 200, forNoor: 200, toParents: 200, noorOwn: 200 },
      jeroen: { samiraPhoto: 200, forNoor: 200, toParents: 200, noorOwn: 200 },
      karim: { samiraPhoto: 404, forNoor: 404, toParents: 404, noorOwn: 404 },
      willem: { samiraPhoto: 404, forNoor: 404, toParents: 404, noorOwn: 404 },
      beheer: { samiraPhoto: 404, forNoor: 404, toParents: 404, noorOwn: 404 },
    };
    const familyStatus: Record<string, number> = { karim: 404, willem: 404, beheer: 404 };
    for (const [person, row] of Object.entries(expected)) {
      const agent = await t.as(person);
      const list = await agent.get(base());
      expect(list.statusCode, `${person} list`).toBe(familyStatus[person] ?? 200);
      const listed = list.statusCode === 200 ? list.json().documents.map((d: { id: string }) => d.id) : [];
      for (const [key, status] of Object.entries(row)) {
        const id = documents[key as keyof typeof documents];
        expect((await download(agent, id)).statusCode, `${person} downloads ${key}`).toBe(status);
        expect(listed.includes(id), `${person} lists ${key}`).toBe(status === 200);
      }
    }
  });

  it('a member names only members they may see; hidden and unknown answer the same', async () => {
    const hidden = await upload('samira', jpegPhoto(), { audience: { kind: 'leden', memberIds: [memberId('mark')] } });
    const unknown = await upload('samira', jpegPhoto(), { audience: { kind: 'leden', memberIds: [randomUUID()] } });
    expect(hidden.response.statusCode).toBe(400);
    expect(hidden.response.body).toBe(unknown.response.body);
    const shared = await upload('samira', jpegPhoto(), { audience: { kind: 'leden', memberIds: [memberId('noor'), memberId('daan')] } });
    expect(shared.response.json().sharedWith).toEqual({
      kind: 'leden',
      members: [
        { id: memberId('noor'), name: 'Noor' },
        { id: memberId('daan'), name: 'Daan' },
      ],
    });
    expect(await storedFiles()).toHaveLength(1);
  });

  it('a helper uploads on behalf of Samira, and it says so', async () => {
    const { response } = await upload('ria', jpegPhoto());
    expect(response.statusCode).toBe(201);
    expect(response.json().uploadedBy).toEqual({ kind: 'helper', name: 'Ria', onBehalfOf: 'Samira', isMe: true });
    const list = (await (await t.as('fatima')).get(base())).json().documents;
    expect(list[0].uploadedBy).toEqual({ kind: 'helper', name: 'Ria Bakker', onBehalfOf: 'Samira El Amrani', isMe: false });
  });

  it('an oversize file answers 413 in B1, and nothing is stored', async () => {
    const big = jpegPhoto({ trailer: new Uint8Array(300 * 1024) });
    const declared = await upload('samira', big);
    expect(declared.response.statusCode).toBe(413);
    expect(declared.response.json()).toMatchObject({ code: 'te-groot', detail: 'Een bestand mag niet groter zijn dan 256 kB.' });
    expect(declared.response.headers.connection).toBe('close');
    // Streamed in chunks without a length: the limit holds while the bytes arrive.
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(16 * 1024, 1));
    const streamed = await upload('samira', Readable.from([Buffer.from(jpegPhoto()), ...chunks]));
    expect(streamed.response.statusCode).toBe(413);
    expect(streamed.response.json().code).toBe('te-groot');
    expect(await storedFiles()).toEqual([]);
    expect(await documentCount()).toBe(0);
  });

  it('`../../etc/passwd` is a display name only; the file is stored under a generated name', async () => {
    const { response } = await upload('samira', jpegPhoto(), { name: '../../etc/passwd' });
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe('passwd.jpg');
    const [row] = await t.db.query<{ storageKey: string; name: string }>('select storage_key as "storageKey", display_name as name from documents');
    expect(row!.storageKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await storedFiles()).toEqual([row!.storageKey]);
    const file = await download('fatima', response.json().id);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="passwd.jpg"; filename*=UTF-8''passwd.jpg`);
  });

  it.each([
    ['a file that starts as JPEG but is an HTML page', 422, 'bestand-onveilig', 'foto.jpg', concat([Uint8Array.of(0xff, 0xd8, 0xff, 0xe0), ascii('<html><script>fetch("/api/v1/ik")</script>')])],
    ['a JPEG/ZIP polyglot', 422, 'bestand-onveilig', 'foto.jpg', concat([jpegPhoto(), emptyZip])],
    ['a PDF/ZIP polyglot', 422, 'bestand-onveilig', 'brief.pdf', pdfDocument({ after: emptyZip })],
    ['a PDF that runs JavaScript', 422, 'bestand-onveilig', 'brief.pdf', pdfDocument({ objects: ['4 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj'] })],
    ['a photo named as a PDF', 422, 'bestand-klopt-niet', 'brief.pdf', jpegPhoto()],
    ['an HTML page', 415, 'bestandstype-niet-toegestaan', 'pagina.html', ascii('<!doctype html><p>hoi</p>')],
    ['an empty file', 415, 'bestandstype-niet-toegestaan', 'leeg.jpg', new Uint8Array()],
  ] as const)('%s is refused (%i %s) and nothing is stored', async (_what, status, code, name, bytes) => {
    const { response } = await upload('samira', bytes, { name });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe(code);
    expect(await storedFiles()).toEqual([]);
    expect(await documentCount()).toBe(0);
  });

  it('the same client id twice stores one document (a retried upload); another user cannot claim it', async () => {
    const samira = await t.as('samira');
    const clientId = randomUUID();
    const first = await upload(samira, jpegPhoto(), { clientId });
    const again = await upload(samira, jpegPhoto({ width: 32 }), { clientId });
    expect(first.response.statusCode).toBe(201);
    expect(again.response.statusCode).toBe(200);
    expect(again.response.json()).toEqual(first.response.json());
    expect(await storedFiles()).toHaveLength(1);
    expect((await upload('noor', jpegPhoto(), { clientId })).response.statusCode).toBe(400);
    expect(await documentCount()).toBe(1);
  });

  it('shares with an organisation only under a complete, current toestemming (B1)', async () => {
    const ggd = await giveToestemming('samira', 'samira', 'GGD Utrecht');
    const shared = await upload('samira', pdfDocument(), { name: 'brief.pdf', audience: { kind: 'organisatie', toestemmingId: ggd } });
    expect(shared.response.statusCode).toBe(201);
    expect(shared.response.json().sharedWith).toEqual({ kind: 'organisatie', organisation: 'GGD Utrecht' });
    expect((await download('noor', shared.response.json().id)).statusCode).toBe(404);
    expect((await download('jeroen', shared.response.json().id)).statusCode).toBe(200);

    // Revoked under the same organisation, typed differently.
    await giveToestemming('samira', 'samira', ' ggd  utrecht', { status: 'ingetrokken', minutesLater: 10 });
    const revoked = await upload('samira', pdfDocument(), { name: 'brief.pdf', audience: { kind: 'organisatie', toestemmingId: ggd } });
    expect(revoked.response.statusCode).toBe(409);
    expect(revoked.response.json().code).toBe('delen-zonder-toestemming');

    const ended = await giveToestemming('samira', 'samira', 'School', { validUntil: '2026-11-23' });
    expect((await upload('samira', pdfDocument(), { name: 'b.pdf', audience: { kind: 'organisatie', toestemmingId: ended } })).response.statusCode).toBe(409);

    // Daan is 13: his toestemming counts only together with both parents with gezag.
    const daan = await giveToestemming('daan', 'daan', 'Sportclub');
    const daanAlone = await upload('daan', jpegPhoto(), { audience: { kind: 'organisatie', toestemmingId: daan } });
    expect(daanAlone.response.json().code).toBe('delen-zonder-toestemming');
    await giveToestemming('daan', 'samira', 'Sportclub');
    await giveToestemming('daan', 'mark', 'Sportclub');
    expect((await upload('daan', jpegPhoto(), { audience: { kind: 'organisatie', toestemmingId: daan } })).response.statusCode).toBe(201);

    // Someone else's toestemming is not Samira's to use, and she does not learn it exists.
    const notHers = await upload('samira', jpegPhoto(), { audience: { kind: 'organisatie', toestemmingId: daan } });
    expect(notHers.response.statusCode).toBe(404);
  });

  it('uploads, lists and downloads are in the access log', async () => {
    const samira = await t.as('samira');
    const { response } = await upload(samira, jpegPhoto());
    await samira.get(base());
    await download('fatima', response.json().id);
    await t.services.log.drain();
    const rows = await t.db.query<{ action: string; objectKind: string; objectIds: string[]; subjects: string[]; actor: string }>(
      `select action, object_kind as "objectKind", object_ids as "objectIds", subject_member_ids as subjects, actor_name as actor
         from access_log where object_kind like 'document%' order by id`,
    );
    const id = response.json().id;
    expect(rows).toEqual([
      { action: 'aanmaken', objectKind: 'document', objectIds: [id], subjects: [memberId('samira')], actor: 'Samira El Amrani' },
      { action: 'lezen', objectKind: 'documenten', objectIds: [id], subjects: [memberId('samira')], actor: 'Samira El Amrani' },
      { action: 'lezen', objectKind: 'document', objectIds: [id], subjects: [memberId('samira')], actor: 'Fatima Yılmaz' },
    ]);
  });

  it('a family has a storage quota; a full family answers 413 and the file is not kept', async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
    await start({ documentFamilyQuotaBytes: jpegPhoto().length + 100 });
    expect((await upload('samira', jpegPhoto())).response.statusCode).toBe(201);
    const full = await upload('samira', jpegPhoto());
    expect(full.response.statusCode).toBe(413);
    expect(full.response.json().code).toBe('opslag-vol');
    expect(await storedFiles()).toHaveLength(1);
  });

  it('each member has a share of the storage; over it she gets a B1 problem with her room, and others still upload', async () => {
    const size = inspectedSize(jpegPhoto());
    await t.close();
    await rm(dir, { recursive: true, force: true });
    await start({ documentMemberQuotaBytes: 2 * size + 100 });
    const samira = await t.as('samira');
    expect((await upload(samira, jpegPhoto())).response.statusCode).toBe(201);
    // A helper's upload counts for the member she acts for.
    expect((await upload('ria', jpegPhoto())).response.statusCode).toBe(201);
    const full = await upload(samira, jpegPhoto());
    expect(full.response.statusCode).toBe(413);
    expect(full.response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(full.response.json()).toMatchObject({
      code: 'eigen-opslag-vol',
      title: 'Er is niet genoeg ruimte meer voor uw bestanden.',
      detail: `U heeft nog 0 kB ruimte voor bestanden. Dit bestand is ${sizeText(size)}. Haal eerst een oud bestand weg. Dat doet u bij Foto's en bestanden, met de knop Verwijderen.`,
    });
    const forSamira = await upload('ria', jpegPhoto());
    expect(forSamira.response.json().detail).toMatch(/^Voor bestanden van Samira is nog 0 kB ruimte\./);
    expect(await storedFiles()).toHaveLength(2);
    expect((await samira.get(base())).json().room).toEqual({ usedBytes: 2 * size, limitBytes: 2 * size + 100, leftBytes: 100 });

    // Noor's share is her own; a professional counts for the family only.
    expect((await upload('noor', jpegPhoto())).response.statusCode).toBe(201);
    expect((await (await t.as('noor')).get(base())).json().room).toMatchObject({ usedBytes: size, leftBytes: size + 100 });
    expect((await upload('fatima', jpegPhoto())).response.statusCode).toBe(201);
    expect((await (await t.as('fatima')).get(base())).json()).not.toHaveProperty('room');

    // Removing one of her files makes room again.
    const mine = (await samira.get(base())).json().documents.find((d: { uploadedBy: { kind: string; isMe: boolean } }) => d.uploadedBy.kind === 'member' && d.uploadedBy.isMe);
    expect((await samira.request({ method: 'DELETE', url: `${base()}/${mine.id}` })).statusCode).toBe(204);
    expect((await upload(samira, jpegPhoto())).response.statusCode).toBe(201);
  });

  it('the uploader removes her upload: row and file go, it is logged, and it is a tombstone at the next sync of a member who had it', async () => {
    const noor = await t.as('noor');
    const mark = await t.as('mark');
    const samira = await t.as('samira');
    const clientId = randomUUID();
    const { response } = await upload(samira, jpegPhoto(), { clientId, audience: { kind: 'leden', memberIds: [memberId('noor')] } });
    const id = response.json().id;
    expect(response.json().mayRemove).toBe(true);
    const noorFirst = (await noor.get(`/api/v1/gezinnen/${jansen().id}/synchronisatie`)).json();
    expect(noorFirst.records.map((r: { id: string }) => r.id)).toContain(id);
    expect(noorFirst.records.find((r: { id: string }) => r.id === id).data.mayRemove).toBe(false);
    const markFirst = (await mark.get(`/api/v1/gezinnen/${jansen().id}/synchronisatie`)).json();

    const removed = await samira.request({ method: 'DELETE', url: `${base()}/${id}` });
    expect(removed.statusCode).toBe(204);
    expect(await storedFiles()).toEqual([]);
    expect(await documentCount()).toBe(0);
    expect((await download('fatima', id)).statusCode).toBe(404);

    const noorNext = (await noor.get(`/api/v1/gezinnen/${jansen().id}/synchronisatie?since=${noorFirst.cursor}&day=${noorFirst.day}`)).json();
    expect(noorNext.tombstones).toContainEqual({ kind: 'document', id });
    expect(noorNext.records.map((r: { id: string }) => r.id)).not.toContain(id);
    // Mark never had it: his device hears nothing about it.
    const markNext = (await mark.get(`/api/v1/gezinnen/${jansen().id}/synchronisatie?since=${markFirst.cursor}&day=${markFirst.day}`)).json();
    expect(markNext.tombstones.map((s: { id: string }) => s.id)).not.toContain(id);

    // Sent again (a lost answer): done again. The same upload sent again does not bring it back.
    expect((await samira.request({ method: 'DELETE', url: `${base()}/${id}` })).statusCode).toBe(204);
    expect((await upload(samira, jpegPhoto(), { clientId })).response.statusCode).toBe(404);
    expect(await storedFiles()).toEqual([]);
    // For anyone else, the removed id is as unknown as any other.
    const unknown = await noor.request({ method: 'DELETE', url: `${base()}/${randomUUID()}` });
    const gone = await noor.request({ method: 'DELETE', url: `${base()}/${id}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toBe(unknown.body);

    await t.services.log.drain();
    const [entry] = await t.db.query<{ subjects: string[]; actor: string }>(
      `select subject_member_ids as subjects, actor_name as actor from access_log where action = 'verwijderen' and object_kind = 'document' and $1 = any(object_ids)`,
      [id],
    );
    expect(entry).toEqual({ subjects: [memberId('samira')], actor: 'Samira El Amrani' });
  });

  it('only the uploader removes: another member or a professional who sees it gets 403, one who does not 404', async () => {
    const forNoor = (await upload('samira', jpegPhoto(), { audience: { kind: 'leden', memberIds: [memberId('noor')] } })).response.json().id;
    const byRia = (await upload('ria', jpegPhoto())).response.json().id;
    const byFatima = (await upload('fatima', pdfDocument(), { name: 'verslag.pdf', audience: { kind: 'leden', memberIds: [memberId('samira')] } })).response.json().id;
    const remove = async (who: string, id: string) => (await t.as(who)).request({ method: 'DELETE', url: `${base()}/${id}` });

    const unknown = await remove('mark', randomUUID());
    const mark = await remove('mark', forNoor);
    expect(mark.statusCode).toBe(404);
    expect(mark.body).toBe(unknown.body);
    for (const [who, id] of [['noor', forNoor], ['fatima', forNoor], ['jeroen', forNoor], ['ria', forNoor], ['samira', byFatima], ['jeroen', byFatima]] as const) {
      const response = await remove(who, id);
      expect(response.statusCode, `${who} removes`).toBe(403);
      expect(response.json().code).toBe('niet-toegestaan');
    }
    expect((await remove('karim', forNoor)).statusCode).toBe(404);
    expect((await remove('beheer', forNoor)).statusCode).toBe(404);
    expect(await documentCount()).toBe(3);

    // Samira removes what Ria uploaded for her; Fatima her own upload.
    expect((await remove('samira', byRia)).statusCode).toBe(204);
    expect((await remove('fatima', byFatima)).statusCode).toBe(204);
    expect(await documentCount()).toBe(1);
  });

  it('a helper removes only her own uploads, and only while she may help', async () => {
    const ria = await t.as('ria');
    const own = (await upload(ria, jpegPhoto())).response.json();
    expect(own.mayRemove).toBe(true);
    const samiras = (await upload('samira', jpegPhoto())).response.json().id;
    const seen = (await ria.get(base())).json().documents.find((d: { id: string }) => d.id === samiras);
    expect(seen.mayRemove).toBe(false);
    expect((await ria.request({ method: 'DELETE', url: `${base()}/${samiras}` })).statusCode).toBe(403);
    await t.db.query(`update delegations set scopes = '{lezen}'`);
    t.services.directory.forget();
    const reading = await t.as('ria');
    expect((await reading.request({ method: 'DELETE', url: `${base()}/${own.id}` })).statusCode).toBe(403);
    expect(await documentCount()).toBe(2);
  });

  it('uploads are limited per account (C4): a burst answers 429', async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
    await start({ uploadRateLimit: 2 });
    const samira = await t.as('samira');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await upload(samira, jpegPhoto())).response.statusCode);
    expect(statuses).toEqual([201, 201, 429]);
  });

  it('a reading helper, a professional of another family and the beheerder cannot upload', async () => {
    expect((await upload('karim', jpegPhoto())).response.statusCode).toBe(404);
    expect((await upload('beheer', jpegPhoto())).response.statusCode).toBe(404);
    await t.db.query(`update delegations set scopes = '{lezen}'`);
    t.services.directory.forget();
    const ria = await t.as('ria');
    expect((await upload(ria, jpegPhoto())).response.statusCode).toBe(403);
  });

  it('the body must be raw bytes; JSON answers 415', async () => {
    const samira = await t.as('samira');
    const response = await samira.request({
      method: 'PUT',
      url: `${uploads()}/${randomUUID()}`,
      payload: { file: 'x' },
      headers: { 'x-document-name': 'x.jpg' },
    });
    expect(response.statusCode).toBe(415);
  });
});
