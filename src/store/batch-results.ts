/**
 * How batch readers (`…ByIds`) answer: one result per requested key, in the order of the keys,
 * duplicates repeated — what a DataLoader expects, whatever order the database returned rows in.
 */

/** One record per key, in key order (duplicates repeated), null where none was found. */
export function oneEach<T extends { id: string }>(keys: readonly string[], records: readonly T[]): (T | null)[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return keys.map((key) => byId.get(key) ?? null);
}

/** One list per key, in key order (duplicates repeated), empty where none was found; rows keep their order. */
export function listEach<R extends { key: string }, T>(keys: readonly string[], rows: readonly R[], map: (row: R) => T): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const list = byKey.get(row.key) ?? [];
    list.push(map(row));
    byKey.set(row.key, list);
  }
  return keys.map((key) => [...(byKey.get(key) ?? [])]);
}
