import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptedFiles, refusedFiles } from 'test-harness/test-media';
import { fileProblem } from './media-check';

const dir = mkdtempSync(path.join(tmpdir(), 'wup-media-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the bytes as a temporary upload does: under a random name, the real name kept apart. */
const onDisk = (bytes: Buffer, index: number) => {
  const file = path.join(dir, `upload_${index}`);
  writeFileSync(file, bytes);
  return file;
};

describe('fileProblem', async () => {
  const [refused, accepted] = await Promise.all([refusedFiles(), acceptedFiles()]);

  it.each(refused.map((file, i) => [file.name, file, i] as const))(
    'refuses %s with its reason',
    async (_, file, i) => {
      expect(await fileProblem(onDisk(file.bytes, i), file.name)).toMatch(file.reason);
    },
  );

  it.each(accepted.map((file, i) => [file.what, file, i] as const))('accepts: %s', async (_, file, i) => {
    expect(await fileProblem(onDisk(file.bytes, 100 + i), file.name)).toBeNull();
  });

  it('reads headers only at quick depth: a truncated JPEG passes there, not in full', async () => {
    const truncated = refused.find((file) => file.name === 'cat-ngang.jpg')!;
    const file = onDisk(truncated.bytes, 200);
    expect(await fileProblem(file, truncated.name, 'quick')).toBeNull();
    expect(await fileProblem(file, truncated.name, 'full')).toMatch(/bị hỏng/);
  });

  it('says when the file is gone from the disk', async () => {
    expect(await fileProblem(path.join(dir, 'missing'), 'anh.jpg')).toMatch(/không tìm thấy/);
  });
});
