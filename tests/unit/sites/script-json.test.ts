// keyedObjects parses only the objects (or members) it is asked for out of a large JSON text, and must agree with a
// full parse.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scriptHead } from '../../../src/sites/dom.ts';
import { assignedObject, cachedScriptJson, keyedObjects } from '../../../src/sites/script-json.ts';

const all = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, 'all' as const]));

describe('keyedObjects', () => {
  it('returns the objects under the keys, as a full parse would', () => {
    const text = JSON.stringify({
      __DEFAULT_SCOPE__: {
        'webapp.i18n': { note: 'a "webapp.user-detail": {"fake": 1} inside a string', braces: '}{' },
        'webapp.user-detail': { userInfo: { user: { uniqueId: 'ana' }, stats: { followerCount: 12 } } },
      },
    });
    expect(keyedObjects(text, all('webapp.user-detail', 'webapp.app-context'))).toEqual({
      'webapp.user-detail': { userInfo: { user: { uniqueId: 'ana' }, stats: { followerCount: 12 } } },
    });
  });

  it('allows whitespace after the colon, and skips values that are not objects', () => {
    expect(keyedObjects('{"a": \n {"b": [1, {"c": "}"}]}}', all('a'))).toEqual({ a: { b: [1, { c: '}' }] } });
    expect(keyedObjects('{"a": 3, "b": {"x": 1}}', all('a', 'b'))).toEqual({ b: { x: 1 } });
  });

  it('answers null when no key is found or every slice is malformed (truncated text)', () => {
    expect(keyedObjects('{"other": {}}', all('a'))).toBeNull();
    expect(keyedObjects('{"a": {"b": [1, 2}', all('a'))).toBeNull();
    expect(keyedObjects('{"a": {"b": tru}}', all('a'))).toBeNull();
    expect(keyedObjects('', all('a'))).toBeNull();
  });

  it('takes only the members named, and stops reading once it has them', () => {
    const text = '{"ctx": {"language": "es", "n": 1, "ab": {"x": [1, "]"]}, "lang2": null}}';
    expect(keyedObjects(text, { ctx: ['language', 'lang2'] })).toEqual({ ctx: { language: 'es', lang2: null } });
    expect(keyedObjects(text, { ctx: ['missing'] })).toEqual({ ctx: {} });
    // Everything after `language` may be truncated: it is never read.
    expect(keyedObjects('{"ctx": {"language": "es", "ab": {"x": [1, 2', { ctx: ['language'] })).toEqual({
      ctx: { language: 'es' },
    });
    // Malformed before the member is read: absent.
    expect(keyedObjects('{"ctx": {"ab": {"x": [1, 2, "language": "es"}}', { ctx: ['language'] })).toBeNull();
    expect(keyedObjects('{"ctx": {"ab" 1, "language": "es"}}', { ctx: ['language'] })).toBeNull();
    // A member it skips is only delimited, not checked.
    expect(keyedObjects('{"ctx": {"ab": tru, "language": "es"}}', { ctx: ['language'] })).toEqual({
      ctx: { language: 'es' },
    });
  });

  it('agrees with JSON.parse for random documents (keys with a dot occur only at the top)', () => {
    const plainKey = fc.string({ maxLength: 6 }).filter((k) => !k.includes('.'));
    const value = fc.dictionary(plainKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    const doc = fc.dictionary(fc.constantFrom('s.one', 's.two', 's.three', 'plain'), value, { maxKeys: 4 });
    fc.assert(
      fc.property(doc, fc.boolean(), fc.array(plainKey, { maxLength: 3 }), (record, pretty, members) => {
        const text = JSON.stringify(record, null, pretty ? 2 : undefined);
        const parsed = JSON.parse(text) as Record<string, Record<string, unknown>>;
        const wanted = { 's.one': 'all' as const, 's.two': members, 's.missing': 'all' as const };
        const expected: Record<string, unknown> = {};
        if ('s.one' in parsed) expected['s.one'] = parsed['s.one'];
        const two = parsed['s.two'];
        if (two)
          expected['s.two'] = Object.fromEntries(members.filter((m) => Object.hasOwn(two, m)).map((m) => [m, two[m]]));
        expect(keyedObjects(text, wanted)).toEqual(Object.keys(expected).length > 0 ? expected : null);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('assignedObject', () => {
  it('reads the literal whether or not code follows it', () => {
    expect(assignedObject('var ytInitialData = {"a": [1, {"b": "};"}]};', 'ytInitialData')).toEqual({
      a: [1, { b: '};' }],
    });
    expect(assignedObject('var d = {"a": 1}; if (x) { f("}"); }', 'var d')).toEqual({ a: 1 });
    expect(assignedObject('var d = {"a": [1, 2}; f();', 'var d')).toBeNull();
    expect(assignedObject('nothing here', 'var d')).toBeNull();
  });
});

describe('scriptHead', () => {
  it('is the head of the whole text, however the text is split into nodes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }), fc.nat({ max: 60 }), (parts, length) => {
        const { document } = parseHTML('<script></script>');
        const script = document.querySelector('script');
        if (!script) throw new Error('no script');
        for (const part of parts) script.appendChild(document.createTextNode(part));
        expect(scriptHead(script as unknown as Element, length)).toBe(parts.join('').slice(0, length));
      }),
    );
  });
});

describe('cachedScriptJson', () => {
  it('parses once while the text keeps its length, again when the page rewrites or appends to it', () => {
    const { document } = parseHTML('<script id="d">{"a":1}</script>');
    const el = document.querySelector('#d') as unknown as Element;
    let parses = 0;
    const parse = (text: string) => {
      parses++;
      return JSON.parse(text);
    };
    expect(cachedScriptJson(el, 'test-rewrite', parse)).toEqual({ a: 1 });
    expect(cachedScriptJson(el, 'test-rewrite', parse)).toEqual({ a: 1 });
    expect(parses).toBe(1);
    el.textContent = '{"a":22}'; // in-app navigation rewrote the script
    expect(cachedScriptJson(el, 'test-rewrite', parse)).toEqual({ a: 22 });
    el.appendChild(document.createTextNode(' ') as unknown as Node); // now two text nodes, a longer text
    expect(cachedScriptJson(el, 'test-rewrite', parse)).toEqual({ a: 22 });
    expect(parses).toBe(3);
    expect(cachedScriptJson(el, 'test-rewrite', parse)).toEqual({ a: 22 });
    expect(parses).toBe(3);
  });
});
