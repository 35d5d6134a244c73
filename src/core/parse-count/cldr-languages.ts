/**
 * Every language Node 20's ICU 78.2 (CLDR 48) formats numbers for: `Intl.NumberFormat.supportedLocalesOf` over
 * all two- and three-letter subtags (2026-12), plus the regional variants whose compact words differ from their
 * language's (en-IN lakh/crore, es-419, fr-CA, pt-PT, zh-Hant, sr-Latn …). The browser's ICU may know fewer:
 * a locale it lacks falls back to its parent, which only repeats words.
 */
const LIST =
  'af agq ak am ar ars as asa ast az ba bas be bem bez bg bgc bho blo bm bn bo br brx bs bua ca ccp ce ceb cgg ' +
  'chr ckb cs csw cv cy da dav de doi dje dsb dua dyo dz ebu ee el en eo es et eu ewo fa ff fi fil fo fr fur fy ' +
  'ga gaa gd gl gsw gu guz gv ha haw he hi hr hsb hu hy ia id ie ig ii is it ja jgo jmc jv ka kab kam kde kea kgp ' +
  'khq ki kk kkj kl kln km kn ko kok ks ksb ksf ksh ku kw kxv ky lb lg lij lmo ln lo lrc lt lu luo luy lv mai mas ' +
  'mer mfe mg mgh mi mk ml mn mni mr ms mt mua my mzn naq nb nd nds ne nl nmg nn nnh no nqo nso nus nyn oc om or ' +
  'os pa pcm pl pms prg ps pt qu raj rm rn ro rof ru rw rwk sa sah saq sat sbp sc scn sd se seh ses sg shi shn si ' +
  'sk sl smn sn so sq sr st su sv sw syr szl ta te teo tg th ti tk tn to tok tr tt twq tyv tzm ug uk ur uz vai ' +
  'vec vi vmw vun wae wo xh xnr xog yav yi yo yrl yue zgh zh zu ' +
  'ar-EG bn-IN de-AT de-CH en-GB en-IN es-419 es-MX es-US fa-AF fr-CA fr-CH hi-Latn pt-PT sr-Latn sw-CD ' +
  'ur-IN zh-HK zh-Hant';

/** The list, split when asked: a plain string costs content scripts that never call this nothing (tree-shaken). */
export function cldrLanguages(): string[] {
  return LIST.split(' ');
}
