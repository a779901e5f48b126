import { useState } from 'react';
import { notify } from './notices';

/**
 * Deleting one item of a list once the user confirms: the item being asked about, and the delete,
 * which says how it went. The delete's own declaration refreshes what it changed.
 */
export function useConfirmedDelete<T>({ remove, name }: { remove: (item: T) => Promise<unknown>; name: (item: T) => string }) {
  const [deleting, setDeleting] = useState<T | null>(null);

  const removeNow = async (item: T) => {
    setDeleting(null);
    try {
      await remove(item);
      notify(`Deleted “${name(item)}”.`);
    } catch (error) {
      notify(`Not deleted: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  };

  return {
    deleting,
    ask: (item: T) => setDeleting(item),
    cancel: () => setDeleting(null),
    confirm: () => {
      if (deleting !== null) void removeNow(deleting);
    },
  };
}
