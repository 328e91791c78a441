// Which units a person's work covers: the unit they are assigned to (data the chief editor keeps in
// "Phân công"), every unit below it in the organisation tree, and every unit merged into one of
// those (on 1/7/2025 merged unions handed their content to the union they merged into).
import type { Core } from '@strapi/strapi';

export const ASSIGNMENT_UID = 'api::assignment.assignment';
export const ORGANISATION_UID = 'api::organisation.organisation';

/** One unit of the tree, by document id, with the links the coverage follows. */
export interface UnitLink {
  documentId: string;
  parent?: string | null;
  mergedInto?: string | null;
}

/** The unit and everything it covers: its descendants and the units merged into any of them. */
export function coveredUnits(units: UnitLink[], root: string): Set<string> {
  const coveredBy = new Map<string, string[]>();
  const add = (from: string | null | undefined, to: string) => {
    if (!from) return;
    coveredBy.set(from, [...(coveredBy.get(from) ?? []), to]);
  };
  for (const unit of units) {
    add(unit.parent, unit.documentId);
    add(unit.mergedInto, unit.documentId);
  }
  const covered = new Set<string>([root]);
  const queue = [root];
  while (queue.length > 0) {
    for (const next of coveredBy.get(queue.pop()!) ?? []) {
      if (covered.has(next)) continue;
      covered.add(next);
      queue.push(next);
    }
  }
  return covered;
}

/** The unit an admin e-mail is assigned to, by document id, or null. */
export async function assignedUnit(strapi: Core.Strapi, email: string): Promise<string | null> {
  const assignment = (await strapi.db.query(ASSIGNMENT_UID).findOne({
    where: { email: { $eqi: email.trim() } },
    populate: { organisation: { select: ['documentId'] } },
  })) as { organisation?: { documentId: string } | null } | null;
  return assignment?.organisation?.documentId ?? null;
}

/** The tree as it stands, drafts included (a new grassroots union is in the tree from its draft). */
async function readTree(strapi: Core.Strapi): Promise<UnitLink[]> {
  const rows = (await strapi.db.query(ORGANISATION_UID).findMany({
    where: { publishedAt: null },
    select: ['documentId'],
    populate: { parent: { select: ['documentId'] }, mergedInto: { select: ['documentId'] } },
  })) as Array<{ documentId: string; parent?: UnitLink | null; mergedInto?: UnitLink | null }>;
  return rows.map((row) => ({
    documentId: row.documentId,
    parent: row.parent?.documentId ?? null,
    mergedInto: row.mergedInto?.documentId ?? null,
  }));
}

/** What a unit covers in the tree as it stands. */
export async function coverageOfUnit(strapi: Core.Strapi, unit: string): Promise<Set<string>> {
  return coveredUnits(await readTree(strapi), unit);
}

/** What a person's work covers, or an empty set when they are assigned to no unit. */
export async function coverageOf(strapi: Core.Strapi, email: string): Promise<Set<string>> {
  const unit = await assignedUnit(strapi, email);
  return unit ? coverageOfUnit(strapi, unit) : new Set();
}

/** The organisation relations through which an entry of each type belongs to units. */
export const UNIT_FIELDS: Record<string, string[]> = {
  'api::article.article': ['organisations'],
  'api::video.video': ['organisations'],
  'api::emulation-pledge.emulation-pledge': ['host', 'signatories'],
  'api::project.project': ['leadOrganisation'],
  'api::legal-document.legal-document': ['issuer'],
  'api::leader.leader': ['organisation'],
};

/**
 * The permission query "belongs to one of these units" for a type: an organisation is its own unit;
 * other entries belong to the units they name.
 */
export function unitQuery(uid: string, units: Set<string>): Record<string, unknown> | false {
  const ids = [...units];
  if (ids.length === 0) return false;
  if (uid === ORGANISATION_UID) return { documentId: { $in: ids } };
  const fields = UNIT_FIELDS[uid];
  if (!fields) return false;
  const clauses = fields.map((field) => ({ [`${field}.documentId`]: { $in: ids } }));
  return clauses.length === 1 ? clauses[0]! : { $or: clauses };
}
