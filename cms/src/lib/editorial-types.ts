// The five types a newsroom writes, with Draft & Publish (editorial-types.json): the ones that go
// through review and whose permissions the roles grant by unit. The portal's own pages belong to no
// unit: the chief editor writes and publishes them. Both kinds can be scheduled (publishAt, unpublishAt).
import editorialTypes from './editorial-types.json';

export const EDITORIAL_TYPES: ReadonlySet<string> = new Set(editorialTypes);
export const PORTAL_TYPES: ReadonlySet<string> = new Set(['api::page.page']);
export const SCHEDULED_TYPES: ReadonlySet<string> = new Set([...EDITORIAL_TYPES, ...PORTAL_TYPES]);
