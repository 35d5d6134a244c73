import { describe, expect, it } from 'vitest';
import { classifySender } from '../../../src/background/sender.ts';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('classifySender after in-app navigation', () => {
  it('uses the tab URL, which follows pushState, when it is on the same site as the frame', () => {
    const origin = classifySender(
      {
        id: ID,
        url: 'https://www.youtube.com/@OneMedia.',
        tab: { id: 3, url: 'https://www.youtube.com/@Other/videos' },
      },
      ID,
      ORIGIN,
    );
    expect(origin).toMatchObject({ from: 'content', tabId: 3 });
    expect(origin?.from === 'content' && origin.url.pathname).toBe('/@Other/videos');
  });

  it('ignores a tab URL on another site (a frame of ours inside a foreign tab keeps its own URL)', () => {
    const origin = classifySender(
      { id: ID, url: 'https://x.com/Kikobeats', tab: { id: 4, url: 'https://www.tiktok.com/@illojuan' } },
      ID,
      ORIGIN,
    );
    expect(origin?.from === 'content' && origin.url.href).toBe('https://x.com/Kikobeats');
  });

  it('rejects frames outside the five sites, other extensions, and our pages without our id', () => {
    expect(classifySender({ id: ID, url: 'https://evil.example/@x', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: 'other', url: 'https://x.com/a', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'http://x.com/a', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://x.com/a' }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: `${ORIGIN}src/popup/index.html` }, ID, ORIGIN)).toEqual({ from: 'ui' });
  });
});
