import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

describe('the nominated supporter of a target registration', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  beforeEach(async () => {
    temp = await makeTempDir();
    backend = await openTestBackend(temp.dir, 'web', { now: () => new Date('2026-02-01T09:00:00.000Z') });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  it('is saved with the profile, and an older profile without one still loads', async () => {
    const zoe = await backend.api.addSupporter({ name: 'Zoë Ørsted', email: 'zoe@example.ac.uk' });
    const saved = await backend.api.saveProfile({ targetRegistrations: [{ frameworkId: 'sc-rscitech', nominatedSupporterId: zoe.id }, { frameworkId: 'psf2023-afhea' }] });
    expect(saved.targetRegistrations.map((r) => r.nominatedSupporterId)).toEqual([zoe.id, undefined]);
    expect((await backend.api.getProfile()).targetRegistrations[0]!.nominatedSupporterId).toBe(zoe.id);
  });

  it('must be one of the supporters: a profile naming someone who is not there is refused and nothing is saved', async () => {
    await backend.api.saveProfile({ name: 'Łukasz Bjørn' });
    await expect(backend.api.saveProfile({ name: 'Changed', targetRegistrations: [{ frameworkId: 'sc-rscitech', nominatedSupporterId: 'supporter-gone-0001' }] })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('This nominated supporter does not exist: supporter-gone-0001'),
    });
    expect((await backend.api.getProfile()).name).toBe('Łukasz Bjørn');
  });

  it('cannot be deleted while nominated: the refusal names the registration and says what to do; once no longer nominated, they can be', async () => {
    const zoe = await backend.api.addSupporter({ name: 'Zoë Ørsted', email: 'zoe@example.ac.uk' });
    const other = await backend.api.addSupporter({ name: 'Aoife Ní Bhriain' });
    await backend.api.saveProfile({ targetRegistrations: [{ frameworkId: 'sc-rscitech', nominatedSupporterId: zoe.id }] });

    const refused = backend.api.deleteSupporter(zoe.id);
    await expect(refused).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('nominated supporter for RSciTech') });
    await expect(backend.api.deleteSupporter(zoe.id)).rejects.toThrow(/choose someone else \(or no one\)/);
    expect((await backend.api.listSupporters()).map((s) => s.name)).toEqual(['Zoë Ørsted', 'Aoife Ní Bhriain']);
    expect((await backend.api.getProfile()).targetRegistrations[0]!.nominatedSupporterId).toBe(zoe.id);

    // Someone nobody nominated goes at once.
    expect(await backend.api.deleteSupporter(other.id)).toEqual({ deleted: other.id });

    await backend.api.saveProfile({ targetRegistrations: [{ frameworkId: 'sc-rscitech' }] });
    expect(await backend.api.deleteSupporter(zoe.id)).toEqual({ deleted: zoe.id });
    expect(await backend.api.listSupporters()).toEqual([]);
  });
});
