import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../../../electron/pack/worker-location';

describe('the pack worker location', () => {
  it('points inside app.asar.unpacked when the bundles run from app.asar', () => {
    expect(unpackedPath('/opt/Techfolio/resources/app.asar/dist/pack-worker.mjs')).toBe('/opt/Techfolio/resources/app.asar.unpacked/dist/pack-worker.mjs');
    expect(unpackedPath('C:\\Program Files\\Techfolio\\resources\\app.asar\\dist\\pack-worker.mjs')).toBe(
      'C:\\Program Files\\Techfolio\\resources\\app.asar.unpacked\\dist\\pack-worker.mjs',
    );
  });

  it('leaves a checkout path alone, even one that mentions asar elsewhere', () => {
    expect(unpackedPath('/home/sian/techfolio/dist/pack-worker.mjs')).toBe('/home/sian/techfolio/dist/pack-worker.mjs');
    expect(unpackedPath('/home/sian/app.asar-notes/dist/pack-worker.mjs')).toBe('/home/sian/app.asar-notes/dist/pack-worker.mjs');
  });
});
