import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notify } from './notices';

/**
 * Deleting one item of a list once the user confirms: the item being asked about, and the delete,
 * which reloads the list and says how it went.
 */
export function useConfirmedDelete<T>({ queryKey, remove, name }: { queryKey: string; remove: (item: T) => Promise<unknown>; name: (item: T) => string }) {
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<T | null>(null);

  const removeNow = async (item: T) => {
    setDeleting(null);
    try {
      await remove(item);
      await queryClient.invalidateQueries({ queryKey: [queryKey] });
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
