/**
 * The curated data itself: it compiles, covers the story, makes a safe decision for every alias
 * that collides with an ordinary word or another person, and quotes its sources verbatim.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSeedDocuments } from '../../../scripts/seed-documents';
import { compileIndex } from '../../../utils/index/compile';
import type { Alias, CompiledIndex } from '../../../utils/index/types';
import { findUnverifiedQuotes } from '../../../utils/index/verify-quotes';

const readData = (name: string): unknown => JSON.parse(readFileSync(resolve('data', name), 'utf8'));

// The compiler needs the seed documents (FACT_CARDS_SOURCES, or ../shared/seeds): every quote's
// selector is computed from them.
const documents = readSeedDocuments();
const index: CompiledIndex = compileIndex({
  articles: readData('articles.json'),
  entities: readData('entities.json'),
  claims: readData('claims.json'),
  story: readData('story.json'),
  documents,
});

function entityNamed(name: string) {
  const entity = index.entities.find((e) =>
    e.aliases.some((a) => a.text.toLowerCase() === name.toLowerCase()),
  );
  if (!entity) throw new Error(`no entity is called “${name}”`);
  return entity;
}

function alias(entityName: string, text: string): Alias | undefined {
  return entityNamed(entityName).aliases.find((a) => a.text === text);
}

describe('coverage', () => {
  test.each([
    'TikTok',
    'ByteDance',
    'Lark',
    'Feishu',
    'Project Texas',
    'Oracle',
    'Booz Allen Hamilton',
    'CFIUS',
    'BuzzFeed News',
    'The New York Times',
    'Shou Zi Chew',
    'Alex Haurek',
    'Alex Stamos',
    'Will Farrell',
    'Roland Cloutier',
    'Yujun Chen',
    'Maureen Shanahan',
    'Jessica Klenk',
    'Adam Segal',
    'Graham Webster',
    'Ted Cruz',
    'Donald Trump',
    'Roger Entner',
    'Garret Grajek',
    'Stanford Internet Observatory',
    'Stanford Cyber Policy Center',
    'Council on Foreign Relations',
    'Recon Analytics',
    'YouAttest',
    'ClearanceJobs',
    'Defense Information Systems Agency',
    'Pentagon',
    'USTS',
    'Beijing Douyin Information Service',
    'Douyin',
    'Toutiao',
    'Chinese Communist Party',
  ])('%s is an entity', (name) => {
    expect(entityNamed(name)).toBeDefined();
  });

  test('at least 50 entities and 80 claims', () => {
    expect(index.entities.length).toBeGreaterThanOrEqual(50);
    expect(index.claims.length).toBeGreaterThanOrEqual(80);
  });

  test('every document is cited by at least ten claims', () => {
    for (const article of index.articles) {
      const cited = index.claims.filter((c) => c.citations.some((x) => x.article === article.id));
      expect(cited.length, article.document).toBeGreaterThanOrEqual(10);
    }
  });

  test('reports of the same claim are merged: many claims cite two or more documents', () => {
    const multi = index.claims.filter((c) => new Set(c.citations.map((x) => x.article)).size > 1);
    expect(multi.length).toBeGreaterThanOrEqual(15);
  });

  test('the leaked-audio reports and the CEO’s letter are linked as disputing each other', () => {
    const letterClaims = index.claims.filter((c) =>
      c.entities.includes(entityNamed('Shou Zi Chew').id),
    );
    expect(letterClaims.some((c) => c.disputes.length + c.respondsTo.length > 0)).toBe(true);
  });

  test('reprint variants are aliases of the real entities', () => {
    expect(alias('BuzzFeed News', 'Cayuga Media')?.variant).toBe('reprint');
    for (const spun of [
      'Challenge Texas',
      'Undertaking Texas',
      'Job Texas',
      'Task Texas',
      'Venture Texas',
    ]) {
      expect(alias('Project Texas', spun)?.variant, spun).toBe('reprint');
    }
    expect(alias('TikTok', 'TikTop')?.variant).toBe('reprint');
  });

  test('every article says how faithful the text we hold is', () => {
    const kinds = Object.fromEntries(index.articles.map((a) => [a.document, a.fidelity.kind]));
    expect(kinds).toEqual({
      '000_fccd53eac7121d36.txt': 'machine-translated',
      '001_40e0ef610f90da40.txt': 'synonym-spun',
      '002_e8e945add41886bf.txt': 'original',
      '003_535c2765c17cf516.txt': 'machine-translated',
      '004_588f83ecc83d656f.txt': 'machine-translated',
    });
  });
});

describe('names that collide with ordinary words or other people', () => {
  test.each([
    ['Lark', 'Lark'],
    ['Oracle', 'Oracle'],
  ])(
    'the bare name %s is case-sensitive and needs related entities on the page',
    (entity, text) => {
      const rule = bareNameRule(entity, text);
      expect(rule.caseSensitive).toBe(true);
      expect(['withRelated', 'sameSentence']).toContain(rule.when);
      expect(entityNamed(entity).related.length).toBeGreaterThan(0);
    },
  );

  test.each([
    ['Shou Zi Chew', 'Chew'],
    ['Yujun Chen', 'Chen'],
    ['Yujun Chen', 'Woody'],
    ['Ted Cruz', 'Cruz'],
    ['Alex Stamos', 'Stamos'],
  ])('%s: the short form “%s” is accepted only after the full name', (entity, text) => {
    const rule = alias(entity, text);
    expect(rule, `${entity} should list “${text}”`).toBeDefined();
    expect(rule?.when).toBe('afterFullName');
    expect(rule?.caseSensitive).toBe(true);
  });

  test('Will Farrell (not the actor Will Ferrell) is matched only with his exact spelling', () => {
    const farrell = entityNamed('Will Farrell');
    expect(farrell.aliases.some((a) => /ferrell/i.test(a.text))).toBe(false);
    expect(bareNameRule('Will Farrell', 'Will Farrell').caseSensitive).toBe(true);
  });

  test('plain “Texas” and a lowercase “trump” are never names', () => {
    const all = index.entities.flatMap((e) => e.aliases);
    expect(all.some((a) => a.text.toLowerCase() === 'texas')).toBe(false);
    const trump = all.filter((a) => a.text.toLowerCase() === 'trump');
    for (const a of trump) {
      expect(a.caseSensitive).toBe(true);
      expect(a.when).not.toBe('always');
    }
  });

  test('“Master Admin” never counts on its own', () => {
    const rules = index.entities.flatMap((e) =>
      e.aliases.filter((a) => a.text.toLowerCase() === 'master admin'),
    );
    for (const rule of rules) expect(rule.when).toBe('sameSentence');
  });
});

/** The rule for a bare name: its own alias entry, or the canonical name's entry. */
function bareNameRule(entity: string, text: string): Alias {
  const found = entityNamed(entity).aliases.find((a) => a.text === text);
  if (!found) throw new Error(`${entity} has no alias “${text}”`);
  return found;
}

test('every quote stands verbatim in its document', () => {
  const problems = findUnverifiedQuotes(index, documents).map(
    (p) => `${p.claimId} (${p.document}): ${p.reason}: ${p.quote}`,
  );
  expect(problems).toEqual([]);
});

test('the index names its story, and scopes the story’s own entities apart from general ones', () => {
  expect(index.story?.name).toBe('TikTok US-data story');
  const scope = (id: string) => index.entities.find((e) => e.id === id)?.scope;
  for (const id of ['tiktok', 'bytedance', 'project-texas', 'lark', 'shou-zi-chew'])
    expect(scope(id), id).toBe('story');
  for (const id of [
    'facebook',
    'microsoft',
    'google',
    'apple',
    'slack',
    'new-york-times',
    'reuters',
    'getty-images',
    'donald-trump',
    'beijing',
    'us-department-of-defense',
  ])
    expect(scope(id), id).toBe('general');
});

test('the shipped index is generated from the data files, not edited by hand', () => {
  const compiledPath = resolve('data/compiled/index.json');
  expect(existsSync(compiledPath), 'run `npm run build:index`').toBe(true);
  expect(JSON.parse(readFileSync(compiledPath, 'utf8'))).toEqual(index);
});
