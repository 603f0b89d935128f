import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../utils/match/matcher';
import { scanDocument } from '../../../utils/match/scan-document';
import { miniIndex } from '../fixtures/mini-index';

describe('scanDocument', () => {
  it('matches names split across inline elements and maps them back to DOM ranges', () => {
    const root = document.createElement('div');
    root.innerHTML = `<p>The <em>Project</em> Texas plan of Buzz<span>Feed</span> News.</p>
      <p>Project</p><p>Texas</p>
      <div hidden>TikTok</div><div contenteditable="true">ByteDance</div>
      <aside data-fact-cards-ui>TikTok</aside>`;
    document.body.append(root);
    const { text, map, result } = scanDocument(root, createMatcher(miniIndex));
    expect(result.mentions.map((m) => m.entityId)).toEqual(['project-texas', 'buzzfeed-news']);
    const [texas, buzzfeed] = result.mentions;
    expect(text.slice(texas?.start, texas?.end)).toBe('Project Texas');
    expect(map.toRange(texas?.start ?? 0, texas?.end ?? 0)?.toString()).toBe('Project Texas');
    expect(map.toRange(buzzfeed?.start ?? 0, buzzfeed?.end ?? 0)?.toString()).toBe('BuzzFeed News');
    root.remove();
  });

  it('reads open shadow roots', () => {
    const root = document.createElement('div');
    const host = document.createElement('x-story');
    root.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>ByteDance owns TikTok.</p>';
    const { result } = scanDocument(root, createMatcher(miniIndex));
    expect(result.mentions.map((m) => m.entityId)).toEqual(['bytedance', 'tiktok']);
  });
});
