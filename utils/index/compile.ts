import * as v from 'valibot';
import { checkCitations, checkOutletNames } from './check-citations';
import { compileClaim, compileEntity, type Fill } from './compile-records';
import { fillOutlets } from './outlet-names';
import type { DataProblem } from './problems';
import {
  type ArticleInput,
  ArticleSchema,
  type ClaimInput,
  ClaimSchema,
  type EntityInput,
  EntitySchema,
  type RawData,
  StorySchema,
} from './schema';
import type { CompiledIndex } from './types';

export type { DataProblem };

export class IndexDataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(
      `The index data has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'IndexDataError';
  }
}

export function formatProblem(p: DataProblem): string {
  return `${p.file} › ${p.id} › ${p.field}: ${p.message}`;
}

function parseRecords<T>(
  file: string,
  raw: unknown,
  schema: v.GenericSchema<unknown, T>,
  problems: DataProblem[],
): T[] {
  if (!Array.isArray(raw)) {
    problems.push({ file, id: '(file)', field: '(root)', message: 'must be a JSON array' });
    return [];
  }
  const records: T[] = [];
  raw.forEach((item, position) => {
    const result = v.safeParse(schema, item);
    if (result.success) {
      records.push(result.output);
      return;
    }
    const id =
      typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : `#${position}`;
    for (const issue of result.issues) {
      problems.push({
        file,
        id,
        field: v.getDotPath(issue) ?? '(record)',
        message: issue.message,
      });
    }
  });
  return records;
}

function findDuplicates(file: string, ids: string[], problems: DataProblem[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push({ file, id, field: 'id', message: 'duplicate id' });
    seen.add(id);
  }
}

function checkAliases(entities: EntityInput[], problems: DataProblem[]): void {
  const owners = new Map<string, { entity: EntityInput; ambiguous: boolean }[]>();
  for (const entity of entities) {
    const names = [{ text: entity.name, ambiguous: false }, ...entity.aliases];
    const own = new Set<string>();
    for (const alias of names) {
      const key = alias.text.toLowerCase();
      if (own.has(key)) continue;
      own.add(key);
      const list = owners.get(key) ?? [];
      list.push({ entity, ambiguous: alias.ambiguous === true });
      owners.set(key, list);
    }
  }
  for (const [key, list] of owners) {
    if (list.length < 2 || list.every((o) => o.ambiguous)) continue;
    for (const { entity } of list) {
      problems.push({
        file: 'entities.json',
        id: entity.id,
        field: 'aliases',
        message: `alias “${key}” is shared with ${list
          .filter((o) => o.entity !== entity)
          .map((o) => o.entity.id)
          .join(', ')}; mark it "ambiguous" on every entity or remove it`,
      });
    }
  }
}

function checkReferences(
  articles: ArticleInput[],
  entities: EntityInput[],
  claims: ClaimInput[],
  problems: DataProblem[],
): void {
  const articleIds = new Set(articles.map((a) => a.id));
  const entityIds = new Set(entities.map((e) => e.id));
  const claimIds = new Set(claims.map((c) => c.id));
  // A byline names its author: the article record is the authors' claim to a card.
  const authors = new Set(
    articles.flatMap((a) => (a.verified.includes('authors') ? a.authors : [])),
  );
  const referenced = new Set(entities.filter((e) => authors.has(e.name)).map((e) => e.id));

  for (const entity of entities) {
    entity.related.forEach((id, i) => {
      if (!entityIds.has(id))
        problems.push({
          file: 'entities.json',
          id: entity.id,
          field: `related.${i}`,
          message: `unknown entity “${id}”`,
        });
    });
    entity.aliases.forEach((alias, i) => {
      if (alias.when !== 'always' && alias.when !== 'afterFullName' && entity.related.length === 0)
        problems.push({
          file: 'entities.json',
          id: entity.id,
          field: `aliases.${i}.when`,
          message: `“${alias.when}” needs a non-empty "related" list`,
        });
    });
  }
  for (const claim of claims) {
    claim.entities.forEach((id, i) => {
      referenced.add(id);
      if (!entityIds.has(id))
        problems.push({
          file: 'claims.json',
          id: claim.id,
          field: `entities.${i}`,
          message: `unknown entity “${id}”`,
        });
    });
    for (const field of ['subjects', 'speakers'] as const) {
      claim[field]?.forEach((id, i) => {
        if (!claim.entities.includes(id))
          problems.push({
            file: 'claims.json',
            id: claim.id,
            field: `${field}.${i}`,
            message: `“${id}” is not one of the claim's entities`,
          });
      });
    }
    claim.citations.forEach((c, i) => {
      if (!articleIds.has(c.article))
        problems.push({
          file: 'claims.json',
          id: claim.id,
          field: `citations.${i}.article`,
          message: `unknown article “${c.article}”`,
        });
    });
    for (const field of ['disputes', 'respondsTo', 'confirms'] as const) {
      claim[field].forEach((id, i) => {
        if (!claimIds.has(id) || id === claim.id)
          problems.push({
            file: 'claims.json',
            id: claim.id,
            field: `${field}.${i}`,
            message: id === claim.id ? 'a claim cannot link to itself' : `unknown claim “${id}”`,
          });
      });
    }
  }
  const kindOf = new Map(claims.map((c) => [c.id, c.kind]));
  for (const claim of claims) {
    if (claim.confirms.length > 0 && claim.kind !== 'assertion' && claim.kind !== 'denial')
      problems.push({
        file: 'claims.json',
        id: claim.id,
        field: 'confirms',
        message: `only a party’s statement (assertion or denial) can confirm a claim, not “${kindOf.get(claim.id)}”`,
      });
  }
  for (const entity of entities) {
    if (!referenced.has(entity.id))
      problems.push({
        file: 'entities.json',
        id: entity.id,
        field: 'id',
        message: 'is not named by any claim',
      });
  }
}

function invert(
  claims: ClaimInput[],
  field: 'disputes' | 'respondsTo' | 'confirms',
): Map<string, string[]> {
  const inverse = new Map<string, string[]>();
  for (const claim of claims) {
    for (const target of claim[field]) {
      inverse.set(target, [...(inverse.get(target) ?? []), claim.id]);
    }
  }
  return inverse;
}

/**
 * Validates the three data files together and returns the index the extension ships.
 * Throws an `IndexDataError` listing every problem (file › record id › field: message).
 */
export function compileIndex(raw: RawData): CompiledIndex {
  const problems: DataProblem[] = [];
  const articles = parseRecords('articles.json', raw.articles, ArticleSchema, problems);
  const entities = parseRecords('entities.json', raw.entities, EntitySchema, problems);
  const claims = parseRecords('claims.json', raw.claims, ClaimSchema, problems);
  findDuplicates(
    'articles.json',
    articles.map((a) => a.id),
    problems,
  );
  findDuplicates(
    'entities.json',
    entities.map((e) => e.id),
    problems,
  );
  findDuplicates(
    'claims.json',
    claims.map((c) => c.id),
    problems,
  );
  checkAliases(entities, problems);
  checkReferences(articles, entities, claims, problems);
  checkOutletNames(articles, entities, claims, problems);
  const selectors = checkCitations(articles, claims, raw.documents, problems);
  let story: CompiledIndex['story'];
  if (raw.story !== undefined) {
    const parsed = v.safeParse(StorySchema, raw.story);
    if (parsed.success) story = parsed.output;
    for (const issue of parsed.issues ?? []) {
      problems.push({
        file: 'story.json',
        id: '(story)',
        field: v.getDotPath(issue) ?? '(root)',
        message: issue.message,
      });
    }
  }
  if (problems.length > 0) throw new IndexDataError(problems);

  const byId = new Map(articles.map((a) => [a.id, a]));
  const fill: Fill = (text) => fillOutlets(text, (id) => byId.get(id)?.outlet);
  const links = {
    disputedBy: invert(claims, 'disputes'),
    answeredBy: invert(claims, 'respondsTo'),
    confirmedBy: invert(claims, 'confirms'),
  };
  return {
    version: 1,
    ...(story ? { story } : {}),
    articles,
    entities: entities.map((entity) => compileEntity(entity, fill)),
    claims: claims.map((claim) => compileClaim(claim, byId, selectors, links, fill)),
  };
}
