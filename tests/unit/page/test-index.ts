import type { CompiledIndex } from '../../../utils/index/types';
import { cited, claimOf } from '../fixtures/provenance';

/** A small index for page tests: two organisations, a person, a project and a claim. */
export const testIndex: CompiledIndex = {
  version: 1,
  articles: [
    {
      id: 'bf',
      document: '001_0000000000000000.txt',
      outlet: 'BuzzFeed News',
      headline: 'Leaked audio from 80 internal TikTok meetings',
      titleInDocument: 'Leaked audio',
      authors: ['Emily Baker-White'],
      published: '2022-06-17',
      url: 'https://example.com/bf',
      verified: ['outlet', 'headline', 'url', 'published'],
      fidelity: { kind: 'original', note: '' },
    },
    {
      id: 'spun',
      document: '002_0000000000000000.txt',
      outlet: 'Some Blog',
      headline: 'TikTok tapes',
      titleInDocument: 'TikTok tapes',
      authors: [],
      published: '2022-06',
      url: null,
      verified: [],
      fidelity: { kind: 'synonym-spun', note: 'synonyms' },
    },
  ],
  entities: [
    {
      id: 'tiktok',
      name: 'TikTok',
      type: 'organization',
      description: 'Video app.',
      aliases: [{ text: 'TikTok', caseSensitive: false, when: 'always' }],
      related: ['bytedance'],
    },
    {
      id: 'bytedance',
      name: 'ByteDance',
      type: 'organization',
      description: 'Owner of TikTok.',
      aliases: [{ text: 'ByteDance', caseSensitive: false, when: 'always' }],
      related: ['tiktok'],
    },
    {
      id: 'shou-zi-chew',
      name: 'Shou Zi Chew',
      type: 'person',
      description: 'Chief executive of TikTok.',
      aliases: [
        { text: 'Shou Zi Chew', caseSensitive: true, when: 'always' },
        { text: 'Chew', caseSensitive: true, when: 'afterFullName' },
      ],
      related: ['tiktok'],
    },
    {
      id: 'project-texas',
      name: 'Project Texas',
      type: 'project',
      description: 'A plan to keep US data in the US.',
      aliases: [{ text: 'Project Texas', caseSensitive: false, when: 'always' }],
      related: ['tiktok'],
    },
  ],
  claims: [
    claimOf({
      id: 'leaked-audio',
      text: 'BuzzFeed News reported, citing leaked audio from more than 80 internal TikTok meetings, that China-based ByteDance employees had repeatedly accessed nonpublic data about US TikTok users.',
      kind: 'reported-fact',
      entities: ['tiktok', 'bytedance'],
      keywords: ['leaked', 'audio', '80', 'meetings', 'repeatedly', 'accessed', 'nonpublic'],
      citations: [
        cited('bf', 'China-based employees had repeatedly accessed nonpublic data.'),
        cited('spun', 'Workers in China had again and again got into private data.', {
          derivedFrom: 'bf',
        }),
      ],
      disputes: [],
      respondsTo: [],
      disputedBy: ['denial'],
      answeredBy: [],
    }),
    claimOf({
      id: 'denial',
      text: 'TikTok denied that staff in China could see US data.',
      kind: 'denial',
      entities: ['tiktok'],
      keywords: ['denied'],
      citations: [cited('bf', 'TikTok denied it.')],
      disputes: ['leaked-audio'],
      respondsTo: [],
      disputedBy: [],
      answeredBy: [],
    }),
  ],
};
