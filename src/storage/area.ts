/** The part of `browser.storage.local` the store uses; the background passes the real one. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Runs `task` alone among tasks with the same name: Web Locks where the worker has them, else a queue. */
export async function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, task);
  const previous = queues.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  // The queue only orders writes in flight; it holds no data, so losing it with the worker loses nothing.
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
const queues = new Map<string, Promise<unknown>>();
