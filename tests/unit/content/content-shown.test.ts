// A page read whose counts are text (TikTok, Instagram, X) goes to the worker as text: the page counts a profile
// as found only when it knew followers as a number or the worker answered, so followers that do not read still
// end in "could not read followers here" rather than a card stuck on "reading".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { followProfile } from '../../../src/content/follow-profile.ts';
import type { PageRead } from '../../../src/sites/reader.ts';
import { SnapshotBuilder } from '../../../src/sites/reader.ts';
import { stubPageForFollow, testContext } from '../../support/content-page-stubs.ts';

const ref = { platform: 'tiktok', handle: 'ana' } as const;
const view = { snapshot: { handle: 'ana' } };
const { domChanged } = stubPageForFollow();
// The deadline's report names the page's address.
beforeEach(() => vi.stubGlobal('location', { href: 'https://www.tiktok.com/@ana' }));

const builder = () => new SnapshotBuilder('tiktok', 'ana', 'https://www.tiktok.com/@ana', 'en');
const shownFollowers = (text: string): PageRead => {
  const b = builder().count('followers', { text, lang: 'en' }, 'dom:followers');
  return b.result(b.build());
};

function follow(read: () => PageRead, answer: unknown) {
  const sent: Array<{ kind: string; shown?: unknown }> = [];
  let deadline: () => void = () => undefined;
  const ctx = testContext(
    (message: { kind: string }) => {
      sent.push(message);
      return { ok: true, data: message.kind === 'content:profile-read' ? answer : null };
    },
    (callback) => {
      deadline = callback;
    },
  );
  followProfile({ ref, read, ctx, showOverlay: false, lang: 'en' });
  return { sent, deadline: () => deadline() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a page read with followers as text', () => {
  it('sends the text with the snapshot; once the worker answers, the deadline reports nothing', async () => {
    const t = follow(() => shownFollowers('12.3K'), view);
    await settle();
    expect(t.sent).toHaveLength(1);
    expect(t.sent[0]).toMatchObject({
      kind: 'content:profile-read',
      shown: { counts: { followers: [{ shown: { text: '12.3K' } }] } },
    });
    domChanged(); // the same read again: nothing new to send
    await settle();
    t.deadline();
    await settle();
    expect(t.sent.map((m) => m.kind)).toEqual(['content:profile-read']);
  });

  it('the worker cannot read them: the deadline says followers could not be read', async () => {
    const t = follow(() => shownFollowers('lots'), null);
    await settle();
    t.deadline();
    await settle();
    expect(t.sent.map((m) => m.kind)).toEqual(['content:profile-read', 'content:profile-unreadable']);
  });

  it('no followers at all, as number or text: nothing is sent until the deadline', async () => {
    const t = follow(() => ({ ok: true, snapshot: builder().build() }), view);
    await settle();
    expect(t.sent).toEqual([]);
    t.deadline();
    await settle();
    expect(t.sent.map((m) => m.kind)).toEqual(['content:profile-unreadable']);
  });

  it('followers known as a number: found even before the worker answers', async () => {
    const t = follow(() => {
      const b = builder().count('followers', { value: 5, min: 5, max: 5 }, 'json');
      return b.result(b.build());
    }, null);
    await settle();
    t.deadline();
    await settle();
    expect(t.sent.map((m) => m.kind)).toEqual(['content:profile-read']);
  });
});
