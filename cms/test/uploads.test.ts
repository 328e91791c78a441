// Uploads are checked by what they are, not what they claim: through the REST API and the admin's
// media library alike, a file whose bytes do not match, an unreadable image or a decompression
// bomb is refused with a 400 in Vietnamese that names the file and the reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { TestEditor } from 'test-harness/test-content';
import {
  acceptedFiles,
  refusedFiles,
  shownSize,
  type AcceptedFile,
  type RefusedFile,
} from 'test-harness/test-media';
import { api, strapiInfo } from './helpers.ts';

describe('upload checks', () => {
  let editor: TestEditor;
  let refused: RefusedFile[];
  let accepted: AcceptedFile[];

  beforeAll(async () => {
    editor = new TestEditor(strapiInfo());
    [refused, accepted] = await Promise.all([refusedFiles(), acceptedFiles()]);
  });

  const libraryHas = async (name: string) => {
    const res = await api(`/upload/files?filters[name][$eq]=${encodeURIComponent(name)}`, {
      token: await editor.adminToken(),
    });
    return (res.body as unknown as { results: unknown[] }).results.length > 0;
  };

  it.each(['rest', 'admin'] as const)(
    'refuses each bad file with its reason and stores nothing (%s)',
    async (via) => {
      for (const file of refused) {
        const res = await editor.upload(file, via);
        expect(res.status, `${file.name}: ${JSON.stringify(res.body)}`).toBe(400);
        const message = res.body.error?.message ?? '';
        expect(message, file.name).toContain(`Tệp "${file.name}" bị từ chối`);
        expect(message, file.name).toMatch(file.reason);
        expect(message.normalize('NFC')).toBe(message);
        expect(await libraryHas(file.name), file.name).toBe(false);
      }
    },
  );

  it('accepts real photos: CMYK, EXIF-rotated, progressive, animated GIF, WebP, AVIF', async () => {
    for (const file of accepted) {
      const res = await editor.upload(file);
      expect(res.status, `${file.what}: ${JSON.stringify(res.body)}`).toBe(201);
      const [stored] = res.body as unknown as Array<{
        name: string;
        url: string;
        width: number;
        height: number;
      }>;
      expect(stored!.name).toBe(file.name);
      // Stored upright (a phone photo too), as wide and high as the reader must see it.
      expect({ width: stored!.width, height: stored!.height }, file.what).toEqual(file.shown);
      const served = await fetch(`${strapiInfo().url}${stored!.url}`);
      expect(served.status).toBe(200);
      expect(await shownSize(Buffer.from(await served.arrayBuffer())), file.what).toEqual(file.shown);
    }
  });

  it('refuses a whole request when one of its files is bad', async () => {
    const [good] = accepted;
    const [bad] = refused;
    const form = new FormData();
    for (const file of [
      { ...good!, name: 'tot-cung-yeu-cau.jpg' },
      { ...bad!, name: 'xau-cung-yeu-cau.jpg' },
    ]) {
      form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    }
    const res = await fetch(`${strapiInfo().url}/api/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await editor.fullAccessToken()}` },
      body: form,
    });
    expect(res.status).toBe(400);
    expect(await libraryHas('tot-cung-yeu-cau.jpg')).toBe(false);
  });
});
