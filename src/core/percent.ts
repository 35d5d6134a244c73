// One rule for every percentage the extension prints (card, popup, exports' texts, scoring reasons).

const cache = new Map<string, { whole: Intl.NumberFormat; small: Intl.NumberFormat }>();

function formatsFor(lang: string) {
  let f = cache.get(lang);
  if (!f) {
    f = {
      whole: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }),
      small: new Intl.NumberFormat(lang, { style: 'percent', maximumSignificantDigits: 2 }),
    };
    cache.set(lang, f);
  }
  return f;
}

/**
 * A fraction as a marketer reads it: two significant digits ("4.1%", "0.29%"), a zero as "0%" (never "0.00%"),
 * and whole percents from 10% up ("14%", "123%": significant digits would print 123% as "120%").
 */
export function formatShare(fraction: number, lang: string): string {
  const f = formatsFor(lang);
  return Math.abs(fraction) >= 0.1 ? f.whole.format(fraction) : f.small.format(fraction);
}
