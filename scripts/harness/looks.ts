// The light and dark looks the card and popup are checked and shot in. A site's own dark theme is a dark page
// background (the card follows the page's background, not the OS); the popup follows the OS scheme.

export type Look = 'light' | 'dark';
export const LOOKS: Look[] = ['light', 'dark'];

/** The saved page as its site's light or dark theme shows it: that background under the same markup. */
export function inLook(html: string, look: Look): string {
  // Both looks set the background: some saved pages are dark already, and the light look must be light.
  const [bg, fg] = look === 'light' ? ['#ffffff', '#161823'] : ['#15141a', '#ecebf0'];
  const style = `<style>html,body{background:${bg}!important;color:${fg}!important}</style>`;
  return html.includes('</head>') ? html.replace('</head>', `${style}</head>`) : style + html;
}
