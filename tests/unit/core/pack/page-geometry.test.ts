import { PageSizes } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { A4, LETTER } from '../../../../core/pack/page-geometry';

describe('the paper sizes', () => {
  it('are the ones pdf-lib gives the pages it makes', () => {
    expect([A4.width, A4.height]).toEqual(PageSizes.A4);
    expect([LETTER.width, LETTER.height]).toEqual(PageSizes.Letter);
  });
});
