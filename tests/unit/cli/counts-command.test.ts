import { describe, expect, it } from 'vitest';
import { countsCommand } from '../../../src/cli/counts-command.ts';

describe('countsCommand', () => {
  it('gives one Count or null per entry, in order', () => {
    expect(
      countsCommand([
        { text: '1,2 Mio.', lang: 'de' },
        { text: 'views', lang: 'en' },
        { text: '1\u00a0424\u00a0850 просмотров', lang: 'ru' },
        { text: '1,7 M', lang: 'es', truncated: true },
      ]),
    ).toEqual([
      { value: 1_200_000, min: 1_150_000, max: 1_250_000 },
      null,
      { value: 1_424_850, min: 1_424_850, max: 1_424_850 },
      { value: 1_700_000, min: 1_700_000, max: 1_799_999 },
    ]);
  });

  it('accepts an empty list', () => {
    expect(countsCommand([])).toEqual([]);
  });

  it.each([
    [{ text: '1', lang: 'en' }, /expected array/],
    [[{ text: 1, lang: 'en' }], /\[0\]\[text\]: expected string/],
    [[{ text: '1,2 Mio.' }], /\[0\]\[lang\]: expected string/],
    [[{ text: '1', lang: 'en' }, 'x'], /\[1\]/],
    [null, /expected array/],
  ])('throws a one-line message on a wrong shape: %j', (input, message) => {
    expect(() => countsCommand(input)).toThrow(message);
    try {
      countsCommand(input);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
