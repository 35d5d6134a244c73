// keyedObjects parses only the objects it is asked for out of a large JSON text, and must agree with a full parse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyedObjects } from '../../src/sites/script-json.ts';

describe('keyedObjects', () => {
  it('returns the objects under the keys, as a full parse would', () => {
    const text = JSON.stringify({
      __DEFAULT_SCOPE__: {
        'webapp.i18n': { note: 'a "webapp.user-detail": {"fake": 1} inside a string', braces: '}{' },
        'webapp.user-detail': { userInfo: { user: { uniqueId: 'ana' }, stats: { followerCount: 12 } } },
      },
    });
    expect(keyedObjects(text, ['webapp.user-detail', 'webapp.app-context'])).toEqual({
      'webapp.user-detail': { userInfo: { user: { uniqueId: 'ana' }, stats: { followerCount: 12 } } },
    });
  });

  it('allows whitespace after the colon, and skips values that are not objects', () => {
    expect(keyedObjects('{"a": \n {"b": [1, {"c": "}"}]}}', ['a'])).toEqual({ a: { b: [1, { c: '}' }] } });
    expect(keyedObjects('{"a": 3, "b": {"x": 1}}', ['a', 'b'])).toEqual({ b: { x: 1 } });
  });

  it('answers null when no key is found or every slice is malformed (truncated text)', () => {
    expect(keyedObjects('{"other": {}}', ['a'])).toBeNull();
    expect(keyedObjects('{"a": {"b": [1, 2}', ['a'])).toBeNull();
    expect(keyedObjects('{"a": {"b": tru}}', ['a'])).toBeNull();
    expect(keyedObjects('', ['a'])).toBeNull();
  });

  it('agrees with JSON.parse for random documents (keys with a dot occur only at the top)', () => {
    const plainKey = fc.string({ maxLength: 6 }).filter((k) => !k.includes('.'));
    const value = fc.dictionary(plainKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    const doc = fc.dictionary(fc.constantFrom('s.one', 's.two', 's.three', 'plain'), value, { maxKeys: 4 });
    fc.assert(
      fc.property(doc, fc.boolean(), (record, pretty) => {
        const text = JSON.stringify(record, null, pretty ? 2 : undefined);
        const keys = ['s.one', 's.two', 's.missing'];
        const expected = Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, JSON.parse(text)[k]]));
        expect(keyedObjects(text, keys)).toEqual(Object.keys(expected).length > 0 ? expected : null);
      }),
      { numRuns: 2000 },
    );
  });
});
