/**
 * Who a claim is about, and which way a sentence leans: with the real index, on sentences
 * written apart from the claims and the evaluation pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompiledIndex } from '../../../utils/index/types';
import { assertedNegationCues, negationCues, stanceOf } from '../../../utils/match/claims/stance';
import { synonymsOf } from '../../../utils/match/claims/synonyms';
import { termOf } from '../../../utils/match/claims/terms';
import { createMatcher } from '../../../utils/match/matcher';

const indexFile = join(import.meta.dirname, '../../../data/compiled/index.json');
if (!existsSync(indexFile))
  throw new Error('data/compiled/index.json is missing: run `npm run build:index`');
const index = JSON.parse(readFileSync(indexFile, 'utf8')) as CompiledIndex;
const matcher = createMatcher(index);
const claimsIn = (text: string) => matcher.scan(text).claims.map((c) => c.claimId);

describe('claim subjects (real index)', () => {
  it('gives every claim subjects or speakers that are among its entities', () => {
    for (const claim of index.claims) {
      expect(claim.subjects, claim.id).toBeDefined();
      for (const id of [...(claim.subjects ?? []), ...(claim.speakers ?? [])])
        expect(claim.entities, claim.id).toContain(id);
    }
  });

  it('links a sentence whose subject is "the company", resolved to the company named before', () => {
    const text =
      'TikTok was summoned to the Senate again.\n\nThe company says it has never provided user data to the Chinese government and would turn down such a request.';
    const [claim] = matcher.scan(text).claims;
    expect(claim?.claimId).toBe('tiktok-never-shared-with-chinese-government');
    expect(claim?.why).toMatch(
      /Its subject: “The company” refers to TikTok, named in the previous sentence/,
    );
  });

  it('resolves a pronoun through a description in its passage', () => {
    const text =
      'TikTok was summoned to the Senate again.\n\nThe lawmakers were not persuaded.\n\nThe firm gave little away.\n\nFor years it has promised that data about US users is stored in the US rather than in China.';
    const [claim] = matcher.scan(text).claims;
    expect(claim?.claimId).toBe('tiktok-promised-us-data-stored-in-us');
    expect(claim?.why).toMatch(
      /“it” refers to TikTok, named earlier on the page, through “The firm”/,
    );
  });

  it('never links the same words about another company', () => {
    expect(
      claimsIn(
        'Pinduoduo says it has never provided user data to the Chinese government and would turn down such a request.',
      ),
    ).toEqual([]);
    expect(
      claimsIn(
        'TikTok was summoned to the Senate again.\n\nA spokesman for Pinduoduo said it has never provided user data to the Chinese government and would turn down such a request.',
      ),
    ).toEqual([]);
    expect(
      claimsIn(
        'Microsoft says it keeps all of its US customer data physically in the US, in a Virginia facility, with backups in Singapore.',
      ),
    ).toEqual([]);
  });

  it('resolves "he" to the person named in the passage', () => {
    const text =
      'Shou Chew appeared before the House committee in March.\n\nHe said engineers in China had used American data mainly for business purposes.';
    const [claim] = matcher.scan(text).claims;
    expect(claim?.claimId).toBe('chew-hearing-business-purposes');
    expect(claim?.why).toMatch(/“He” refers to Shou Zi Chew, named in the previous sentence/);
  });

  it('does not show a sentence that contradicts a claim as support, and shows the denial the index links to it', () => {
    const stated =
      'A Booz Allen consultant told colleagues in September 2021 that there seemed to be a backdoor to user data in almost all of TikTok’s internal tools.';
    expect(claimsIn(stated)).toEqual(['booz-allen-backdoor']);
    const denied =
      'Booz Allen denied that its consultant ever said there seemed to be a backdoor to user data in almost all of TikTok’s internal tools.';
    const [claim] = matcher.scan(denied).claims;
    expect(claim?.claimId).toBe('klenk-booz-allen-inaccurate');
    expect(claim?.why).toMatch(
      /It contradicts that claim, which the index answers with this denial/,
    );
  });

  it('needs a negation to support a claim that states one', () => {
    expect(
      claimsIn('TikTok has shared user data with the Chinese government when it was asked.'),
    ).not.toContain('tiktok-never-shared-with-chinese-government');
  });
});

describe('stance', () => {
  it('finds negation words, contractions included', () => {
    expect(negationCues('It didn’t happen, and it never will; he denied it.').sort()).toEqual(
      ['denied', "n't", 'never'].sort(),
    );
    expect(negationCues('Nothing unusual')).toEqual(['nothing']);
    expect(negationCues('Notably, the nonpublic data')).toEqual([]);
  });

  it('reads a denial against a positive claim, and the lack of one against a negative claim', () => {
    const none = new Set<string>();
    expect(stanceOf('positive', none, ['never'])).toBe('contradicts');
    expect(stanceOf('positive', none, ['without'])).toBe('agrees');
    expect(stanceOf('positive', new Set(['not']), ['not'])).toBe('agrees');
    expect(stanceOf('negative', new Set(['never']), [])).toBe('contradicts');
    expect(stanceOf('negative', new Set(['never']), ['no'])).toBe('agrees');
  });
});

describe('negations a sentence asserts', () => {
  it('leaves out an aside about someone else and the content of an instruction', () => {
    expect(
      assertedNegationCues(
        'Ted Cruz, who was not at the hearing, has called TikTok a Trojan horse.',
      ),
    ).toEqual([]);
    expect(
      assertedNegationCues('The Pentagon told service members not to use it on government phones.'),
    ).toEqual([]);
  });

  it('keeps the negation of the sentence itself', () => {
    expect(assertedNegationCues('The deal with Oracle and Walmart was never completed.')).toEqual([
      'never',
    ]);
    expect(
      assertedNegationCues('Ted Cruz, who chairs it, did not call it a Trojan horse.'),
    ).toEqual(['not']);
  });
});

describe('synonyms', () => {
  it('gives the other words of a group as terms, not the ones already there', () => {
    const terms = synonymsOf([termOf('recordings') as string]);
    expect(terms).toEqual(expect.arrayContaining([termOf('tapes'), termOf('audio')]));
    expect(terms).not.toContain(termOf('recordings'));
    expect(synonymsOf([termOf('handed') as string, termOf('shared') as string])).not.toContain(
      termOf('shared'),
    );
  });
});
