// Issue 19: a count that rests on another language's magnitude word says so, and a refused one says why; both reach
// the snapshot (its source for the number, its `missing` reason), so a marketer sees what a figure stands on.
import { describe, expect, it } from 'vitest';
import { explainCount } from '../../../../src/core/parse-count/index.ts';
import { resolveShown } from '../../../../src/sites/shown/read.ts';
import { snapshot } from '../../../support/scoring-fixtures.ts';

const empty = (lang: string) => snapshot('instagram', { lang, missing: { followers: 'not shown' } });

describe('why a count is a guess, or refused', () => {
  it('a magnitude word of another language, with all its languages agreeing, is read and noted', () => {
    const unknown = explainCount('217 mil vídeos', 'und');
    expect(unknown.count?.value).toBe(217_000);
    expect(unknown.note).toMatch(/another language's word for its size.*not known/);
    const english = explainCount('217 mil', 'en');
    expect(english.count?.value).toBe(217_000);
    expect(english.note).toMatch(/another language's word/);
  });

  it('a word of disputed size, or a number of two readings, is refused with the reason', () => {
    expect(explainCount('3,1 B video', 'und')).toEqual({
      count: null,
      refused: expect.stringMatching(/different powers in different languages, and the page's language is not known/),
    });
    expect(explainCount('1.500K', 'und')).toEqual({
      count: null,
      refused: expect.stringMatching(/different numbers/),
    });
  });

  it("the page's own words and plain numbers carry no note, and text without a number no refusal", () => {
    expect(explainCount('1.2K followers', 'en')).toEqual({ count: { value: 1200, min: 1150, max: 1250 } });
    expect(explainCount('2,5 Mio.', 'de')).not.toHaveProperty('note');
    expect(explainCount('followers', 'en')).toEqual({ count: null });
    // Each call starts clean: a refusal does not leak into the next read.
    explainCount('3,1 B', 'und');
    expect(explainCount('12', 'en')).toEqual({ count: { value: 12, min: 12, max: 12 } });
  });

  it('the snapshot shows the note beside the source, and a refusal as the reason followers are missing', () => {
    const guessed = resolveShown(empty('und'), {
      counts: { followers: [{ shown: { text: '217 mil seguidores', lang: 'und' }, source: 'header' }] },
    });
    expect(guessed.followers?.value).toBe(217_000);
    expect(guessed.sources.followers).toMatch(/^header \(read with another language's word/);
    expect(guessed.missing?.followers).toBeUndefined();

    const refused = resolveShown(empty('und'), {
      counts: { followers: [{ shown: { text: '3,1 B takipçi', lang: 'und' }, source: 'header' }] },
    });
    expect(refused.followers).toBeNull();
    expect(refused.missing?.followers).toMatch(/^the number shown was refused: its word for the size means different/);
  });
});
