// A Dexie middleware that counts the records each table is asked to write or delete, and can make the
// next write to a table fail (to test that a failed save changes nothing).
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

export interface WriteCounter {
  puts: Record<string, number>;
  deletes: Record<string, number>;
  reset(): void;
  /** Makes every write to `table` fail with `error` until cleared with `failOn(null)`. */
  failOn(table: string | null, error?: Error): void;
  middleware: Middleware<DBCore>;
}

export function writeCounter(): WriteCounter {
  let failing: { table: string; error: Error } | null = null;
  const counter: WriteCounter = {
    puts: {},
    deletes: {},
    reset() {
      counter.puts = {};
      counter.deletes = {};
    },
    failOn(table, error = new Error('failed')) {
      failing = table === null ? null : { table, error };
    },
    middleware: {
      stack: 'dbcore',
      name: 'write-counter',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req: DBCoreMutateRequest) => {
              if (failing?.table === name) return Promise.reject(failing.error);
              if (req.type === 'put' || req.type === 'add') counter.puts[name] = (counter.puts[name] ?? 0) + req.values.length;
              if (req.type === 'delete') counter.deletes[name] = (counter.deletes[name] ?? 0) + req.keys.length;
              if (req.type === 'deleteRange') counter.deletes[name] = (counter.deletes[name] ?? 0) + 1;
              return table.mutate(req);
            },
          };
        },
      }),
    },
  };
  return counter;
}
