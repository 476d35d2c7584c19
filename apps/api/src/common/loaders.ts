import DataLoader from "dataloader";

import type { Context } from "../context.js";

/**
 * The request's batch loader of this name, made on first use: every key asked for in one tick
 * of the request goes to `batch` together, so a page costs one query, not one per row.
 */
export function requestLoader<K, V>(
  ctx: Context,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  let loader = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader(batch);
    ctx.loaders.set(name, loader);
  }
  return loader;
}
