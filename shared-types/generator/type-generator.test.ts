import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, generateContentModule, readModels } from './type-generator.ts';

describe('shared types generated from the Strapi schemas', () => {
  it('are up to date (run `npm run generate-types` after changing a schema)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generateContentModule());
  });

  it('cover the five content types of the domain with their fixed API IDs', () => {
    const uids = readModels().contentTypes.map((model) => model.uid);
    expect(uids).toEqual(
      expect.arrayContaining([
        'api::article.article',
        'api::organisation.organisation',
        'api::emulation-pledge.emulation-pledge',
        'api::project.project',
        'api::video.video',
      ]),
    );
    // The newsroom's own types have no content API: the site never asks for them.
    expect(uids).not.toContain('api::assignment.assignment');
    expect(uids).not.toContain('api::editorial-event.editorial-event');
  });
});
