import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../utils/match/matcher';
import { miniIndex } from '../fixtures/mini-index';

const matcher = createMatcher(miniIndex);
const found = (text: string, m = matcher) =>
  m.scan(text).mentions.map((x) => [x.text, x.entityId, x.how] as const);

describe('exact alias matching', () => {
  it('matches names whole-word and case-insensitively, reporting how', () => {
    expect(found('bytedance owns tiktok and TikTop.')).toEqual([
      ['bytedance', 'bytedance', 'exact'],
      ['tiktok', 'tiktok', 'exact'],
      ['TikTop', 'tiktok', 'alias'],
    ]);
  });

  it('rejects names inside longer words', () => {
    expect(found('TikToking and preByteDance and TikTokers')).toEqual([]);
  });

  it('prefers the leftmost-longest alias', () => {
    expect(found('Booz Allen Hamilton and Booz Allen worked on Project Texas.')).toEqual([
      ['Booz Allen Hamilton', 'booz-allen', 'exact'],
      ['Booz Allen', 'booz-allen', 'alias'],
      ['Project Texas', 'project-texas', 'exact'],
    ]);
  });

  it('accepts a possessive but covers only the name', () => {
    const [mention] = matcher.scan('ByteDance’s app').mentions;
    expect(mention?.text).toBe('ByteDance');
    expect(found("TikTok's owner")).toEqual([['TikTok', 'tiktok', 'exact']]);
  });

  it('sees through typography: soft hyphens, non-breaking spaces, curly quotes, ligatures', () => {
    expect(found('Byte\u00adDance and Project\u00a0Texas and ＴｉｋＴｏｋ')).toEqual([
      ['Byte\u00adDance', 'bytedance', 'exact'],
      ['Project\u00a0Texas', 'project-texas', 'exact'],
      ['ＴｉｋＴｏｋ', 'tiktok', 'exact'],
    ]);
  });

  it('never joins words across a line break', () => {
    expect(found('a plan called Project\n\nTexas')).toEqual([]);
  });

  it('requires the original case for case-sensitive aliases', () => {
    expect(found('TikTok set up USDS, not usds.')).toEqual([
      ['TikTok', 'tiktok', 'exact'],
      ['USDS', 'usds', 'alias'],
    ]);
  });
});

describe('alias conditions', () => {
  it('takes a surname only after the full name', () => {
    expect(
      found('Chew spoke first. Then Shou Zi Chew arrived, and Chew and Mr. Chew left.'),
    ).toEqual([
      ['Shou Zi Chew', 'shou-zi-chew', 'exact'],
      ['Chew', 'shou-zi-chew', 'follow-up'],
      ['Mr. Chew', 'shou-zi-chew', 'alias'],
    ]);
  });

  it('treats a person’s one-word alias as a follow-up even when the data says always', () => {
    const index = structuredClone(miniIndex);
    const farrell = index.entities.find((e) => e.id === 'will-farrell');
    if (farrell?.aliases[1]) farrell.aliases[1].when = 'always';
    expect(found('Farrell spoke before Will Farrell and Farrell.', createMatcher(index))).toEqual([
      ['Will Farrell', 'will-farrell', 'exact'],
      ['Farrell', 'will-farrell', 'follow-up'],
    ]);
  });

  it('takes withRelated aliases only when a related entity is named on the page', () => {
    expect(found('Staff used Lark and Oracle servers.')).toEqual([]);
    const withTikTok = found('Staff used Lark and Oracle servers. TikTok declined to comment.');
    expect(withTikTok.map((m) => m[1])).toEqual(['lark', 'oracle', 'tiktok']);
    const [lark] = matcher.scan('Staff used Lark. TikTok declined.').mentions;
    expect(lark?.why).toContain('TikTok');
  });

  it('takes sameSentence aliases only next to a related entity in the same sentence', () => {
    expect(found('A Master Admin had access. ByteDance denied it.')).toEqual([
      ['ByteDance', 'bytedance', 'exact'],
    ]);
    expect(found('A ByteDance Master Admin had access.')).toEqual([
      ['ByteDance', 'bytedance', 'exact'],
      ['Master Admin', 'master-admin', 'alias'],
    ]);
  });

  it('finds nothing on an unrelated page about birds, oracles and actors', () => {
    const page = `The larks rose over Texas. A Lark is a songbird.
      Pilgrims consulted the Oracle of Delphi. Will Ferrell starred with John Stamos and Lisa Chen.
      Chew on this: Farrell and Chen were not there.`;
    expect(found(page)).toEqual([]);
  });
});

describe('fuzzy matching', () => {
  it('recognises close spellings and split or joined words of long names', () => {
    const mentions = matcher.scan(
      'Bytedanse and Byte Dance and Tik Tok and Bytedance staff.',
    ).mentions;
    expect(mentions.map((m) => [m.text, m.entityId, m.how])).toEqual([
      ['Bytedanse', 'bytedance', 'fuzzy'],
      ['Byte Dance', 'bytedance', 'fuzzy'],
      ['Tik Tok', 'tiktok', 'fuzzy'],
      ['Bytedance', 'bytedance', 'exact'],
    ]);
    expect(mentions[0]?.score).toBeGreaterThan(0.8);
    expect(mentions[0]?.score).toBeLessThan(1);
    expect(mentions[0]?.why).toMatch(/^Close spelling of “ByteDance” \(\d+%\)/);
  });

  it('finds camel-case pieces', () => {
    expect(found('the ByteDanseTeam memo').map((m) => m[1])).toEqual(['bytedance']);
  });

  it('leaves people, short or conditional names and ordinary words alone', () => {
    expect(found('Will Ferrell, John Stamos, Lisa Chen, Oracle of Delphi, Texas.')).toEqual([]);
    expect(found('Bytes were lost. Projects stalled. Tickets sold. Oracles spoke.')).toEqual([]);
  });

  it('is off in strict mode and more eager in loose mode', () => {
    const strict = createMatcher(miniIndex, { strictness: 'strict' });
    expect(found('Bytedanse and Tik Tok', strict)).toEqual([]);
    const loose = createMatcher(miniIndex, { strictness: 'loose' });
    expect(found('Bytedanze staff', loose).map((m) => m[1])).toEqual(['bytedance']);
  });
});
