import { describe, expect, it } from 'vitest';
import { evidenceDraftLines, evidenceDraftsHeading } from '../../../../renderer/format/inbox-run';

describe('what making drafts from added files says', () => {
  it('names each file made into a draft, then each skipped with its reason', () => {
    expect(
      evidenceDraftLines({
        made: [
          { evidenceId: 'e1', recordId: 'r1', fileName: 'coshh.pdf', title: 'COSHH Awareness', suggested: ['title'] },
          { evidenceId: 'e2', recordId: 'r2', fileName: 'scan.pdf', title: 'scan', suggested: [] },
        ],
        skipped: [{ evidenceId: 'e3', title: 'Fire cert', reason: '“Fire cert” is already cited by the CPD record “Fire drill”.' }],
      }),
    ).toEqual([
      'coshh.pdf: a draft CPD record, "COSHH Awareness", filled in from its text.',
      'scan.pdf: a draft CPD record, "scan", with nothing read from it: fill it in.',
      'No draft: “Fire cert” is already cited by the CPD record “Fire drill”.',
    ]);
  });

  it('counts the drafts in its heading', () => {
    expect(evidenceDraftsHeading(0)).toBe('No draft CPD records were made.');
    expect(evidenceDraftsHeading(1)).toBe('1 draft CPD record is waiting for you to review in the CPD log.');
    expect(evidenceDraftsHeading(3)).toBe('3 draft CPD records are waiting for you to review in the CPD log.');
  });
});
