import type { KeyValueArea } from '../../src/storage/area.ts';

/** storage.local's semantics in Node (values cloned in and out) for unit tests; e2e tests use the real one. */
export class MemoryArea implements KeyValueArea {
  readonly items = new Map<string, unknown>();

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.items.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.items.has(key)) out[key] = structuredClone(this.items.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of Array.isArray(keys) ? keys : [keys]) this.items.delete(key);
  }
}
