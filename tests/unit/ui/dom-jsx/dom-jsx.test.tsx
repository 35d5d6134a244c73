/** @jsxImportSource ../../../../src/ui/dom-jsx */
// The overlay's JSX runtime builds DOM directly. What the page wrote (handles, names, reasons) must only ever become
// text and attribute values, and the card must carry the contract's test ids and working buttons.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsx } from '../../../../src/ui/dom-jsx/jsx-runtime.ts';
import { replaceKeepingFocus } from '../../../../src/ui/dom-jsx/replace.ts';

const HOSTILE = '<img src=x onerror="alert(1)">"quoted" & <b>bold</b>';

describe('dom-jsx', () => {
  beforeEach(() => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    (globalThis as { document?: unknown }).document = document;
  });
  afterEach(() => {
    delete (globalThis as { document?: unknown }).document;
  });

  it('makes page text into text nodes and attribute values, never markup', () => {
    const el = (
      <div class="cl-row" title={HOSTILE} data-value={42}>
        @{HOSTILE}
      </div>
    ) as HTMLElement;
    expect(el.querySelector('img, b')).toBeNull();
    expect(el.textContent).toBe(`@${HOSTILE}`);
    expect(el.getAttribute('title')).toBe(HOSTILE);
    expect(el.getAttribute('data-value')).toBe('42');
    expect(el.getAttribute('class')).toBe('cl-row');
  });

  it('drops false, null and undefined (attributes and children), keeps true and 0, ignores markup props', () => {
    const el = (
      <button type="button" disabled={true} hidden={false} title={undefined}>
        {0}
        {null}
        {false}
        {undefined}
        {['a', ['b', 'c']]}
      </button>
    ) as HTMLElement;
    expect(el.getAttribute('disabled')).toBe('');
    expect(el.hasAttribute('hidden')).toBe(false);
    expect(el.hasAttribute('title')).toBe(false);
    expect(el.textContent).toBe('0abc');
    const markup = jsx('div', {
      ['dangerously' + 'SetInnerHTML']: { __html: HOSTILE },
      onclick: 'alert(1)',
      children: 'plain',
    }) as HTMLElement;
    expect(markup.querySelector('img')).toBeNull();
    expect(markup.attributes.length).toBe(0);
    expect(markup.textContent).toBe('plain');
  });

  it('calls components as functions, flattens fragments, and binds on* handlers as listeners', () => {
    const clicks: string[] = [];
    function Item({ label }: { label: string }) {
      return (
        <button type="button" onClick={() => clicks.push(label)}>
          {label}
        </button>
      );
    }
    const pair = (
      <>
        <Item label="one" />
        <Item label="two" />
      </>
    );
    const box = document.createElement('div');
    box.append(pair);
    const buttons = [...box.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['one', 'two']);
    // linkedom's own Event (Node's is read-only where linkedom writes).
    const LinkedomEvent = (parseHTML('').window as unknown as { Event: typeof Event }).Event;
    buttons[1]?.dispatchEvent(new LinkedomEvent('click'));
    expect(clicks).toEqual(['two']);
    expect(buttons[0]?.hasAttribute('onClick')).toBe(false);
  });

  it('replaceKeepingFocus swaps the content (focus itself is checked in a real browser: overlay.e2e.ts)', () => {
    const root = document.createElement('div');
    document.body.append(root);
    root.append(<p>old</p>);
    replaceKeepingFocus(root, <p>new</p>);
    expect(root.textContent).toBe('new');
  });
});
