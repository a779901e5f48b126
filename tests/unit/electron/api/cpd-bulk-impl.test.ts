import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

describe('bulk CPD changes', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  beforeEach(async () => {
    temp = await makeTempDir();
    backend = await openTestBackend(path.join(temp.dir, 'data'));
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  const addThree = async () => [
    await backend.api.addCpd({ title: 'One', startDate: '2025-01-01', hours: 1, tags: ['imported', 'keep'] }),
    await backend.api.addCpd({ title: 'Two', startDate: '2025-01-02', hours: 2, category: 'formal', tags: ['Imported'] }),
    await backend.api.addCpd({ title: 'Three', startDate: '2025-01-03', hours: 3 }),
  ];

  it('sets the category and tags of the chosen records in one save, leaving the others alone', async () => {
    const [one, two, three] = await addThree();
    let writes = 0;
    const update = backend.portfolio.update.bind(backend.portfolio);
    backend.portfolio.update = (change) => (writes++, update(change));
    const result = await backend.api.updateCpdMany({ ids: [one!.id, two!.id], category: 'self-directed', addTags: ['lab'], removeTags: ['imported'] });
    expect(result).toEqual({ updated: 2 });
    expect(writes).toBe(1);
    const after = new Map((await backend.api.listCpd()).map((r) => [r.id, r]));
    expect(after.get(one!.id)).toMatchObject({ category: 'self-directed', tags: ['keep', 'lab'] });
    expect(after.get(two!.id)).toMatchObject({ category: 'self-directed', tags: ['lab'] });
    expect(after.get(three!.id)).toEqual(three);
  });

  it('is all or nothing: one missing id changes no record', async () => {
    const [one] = await addThree();
    const before = await backend.api.listCpd();
    await expect(backend.api.updateCpdMany({ ids: [one!.id, 'no-such-record'], category: 'formal' })).rejects.toMatchObject({ code: 'validation' });
    await expect(backend.api.deleteCpdMany([one!.id, 'no-such-record'])).rejects.toMatchObject({ code: 'validation' });
    expect(await backend.api.listCpd()).toEqual(before);
  });

  it('a bulk delete can be undone: the records come back with their ids, dates and goal links', async () => {
    const [one, two] = await addThree();
    const goal = await backend.api.addGoal({ objective: 'Learn LC-MS', cpdRecordIds: [one!.id, two!.id] });
    const before = await backend.api.listCpd();
    const deleted = await backend.api.deleteCpdMany([one!.id, two!.id]);
    expect(deleted.records.map((r) => r.title)).toEqual(['One', 'Two']);
    expect((await backend.api.listGoals()).find((g) => g.id === goal.id)!.cpdRecordIds).toEqual([]);

    expect(await backend.api.restoreDeletedCpd(deleted)).toEqual({ restored: 2 });
    const sortById = (r: { id: string }[]) => [...r].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await backend.api.listCpd())).toEqual(sortById(before));
    expect((await backend.api.listGoals()).find((g) => g.id === goal.id)!.cpdRecordIds.slice().sort()).toEqual([one!.id, two!.id].sort());
    // Undo twice puts nothing back twice.
    expect(await backend.api.restoreDeletedCpd(deleted)).toEqual({ restored: 0 });
  });
});
