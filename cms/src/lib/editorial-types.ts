// The five types a newsroom writes, with Draft & Publish (editorial-types.json): the ones an editor
// schedules (publishAt, unpublishAt), that go through review, and whose permissions the roles grant.
import editorialTypes from './editorial-types.json';

export const EDITORIAL_TYPES: ReadonlySet<string> = new Set(editorialTypes);
