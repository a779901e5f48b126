import { describe, expect, it } from 'vitest';
import { coachStatement, EXPLANATIONS, type CoachCheck } from '../../../../core/writing/statement-coach';

const checks = (advice: ReturnType<typeof coachStatement>): CoachCheck[] => advice.map((a) => a.check);
const padded = (text: string) => `${text} ${'I checked each step against the procedure and recorded the readings in the logbook. '.repeat(10)}`;

describe('coachStatement', () => {
  it('flags the sentences written as "we" or in the passive, and not those with "I"', () => {
    const text = 'We carried out the move of the lab over two weeks. It was decided to pack the solvents first. I labelled every box and kept the inventory. As a result nothing was lost.';
    const advice = coachStatement({ text }).find((a) => a.check === 'not-first-person')!;
    expect(advice.sentences.map((s) => s.text)).toEqual(['We carried out the move of the lab over two weeks.', 'It was decided to pack the solvents first.']);
    expect(advice.explanation).toBe(EXPLANATIONS['not-first-person']);
    expect(checks(coachStatement({ text: padded('I planned the move and I labelled every box, so that nothing was lost.') }))).not.toContain('not-first-person');
  });

  it('flags a statement with no outcome, and not one that says what changed', () => {
    expect(checks(coachStatement({ text: 'I wrote the COSHH assessment for the teaching lab. I checked the safety data sheet.' }))).toContain('no-outcome');
    expect(checks(coachStatement({ text: 'I rewrote the booking procedure, which meant users could book online.' }))).not.toContain('no-outcome');
    expect(checks(coachStatement({ text: 'I changed the batch days and turnaround fell from ten days to four.' }))).not.toContain('no-outcome');
  });

  it('flags a statement too short or too long for the criterion', () => {
    expect(checks(coachStatement({ text: 'I trained students on the cryostat, so that they now work alone.', suggestedWords: { min: 300, max: 350 } }))).toContain('too-short');
    const long = 'I trained students. '.repeat(40);
    expect(coachStatement({ text: long, wordLimit: 100 }).find((a) => a.check === 'too-long')!.message).toBe('120 words, over the limit of 100.');
  });

  it('flags a statement that uses none of the criterion\'s key terms', () => {
    const text = padded('I reorganised the chemical store, so that orders fell.');
    expect(checks(coachStatement({ text, keyTerms: ['risk assessment', 'COSHH', 'supervision'] }))).toContain('no-key-terms');
    expect(checks(coachStatement({ text: `${text} I updated the risk assessments.`, keyTerms: ['risk assessment', 'COSHH'] }))).not.toContain('no-key-terms');
  });

  it('flags an example already used for another criterion, and one older than the route allows', () => {
    const advice = coachStatement({
      text: padded('I led the freezer audit, which meant two freezers were switched off.'),
      cited: [{ title: 'Freezer audit', date: '2019-05-01', alsoUsedFor: ['D3'] }],
      examplesWithinYears: 3,
      asOf: '2026-11-01',
    });
    expect(advice.find((a) => a.check === 'example-reused')!.message).toBe('"Freezer audit" is also your example for D3.');
    expect(advice.find((a) => a.check === 'example-old')!.message).toBe('"Freezer audit" is from 2019, more than 3 years ago.');
  });

  it('flags an acronym not spelt out, but not one explained earlier or on the allow-list', () => {
    const advice = coachStatement({ text: padded('I ran the HPLC and wore PPE. I followed the Good Laboratory Practice (GLP) rules and GLP audits passed.') });
    const acronyms = advice.find((a) => a.check === 'unexplained-acronym')!;
    expect(acronyms.message).toBe('Not spelt out: HPLC.');
    expect(acronyms.sentences[0]!.text).toBe('I ran the HPLC and wore PPE.');
  });

  it('flags a statement that reads as a list of duties', () => {
    const text = 'I am responsible for the teaching labs.\nI order consumables.\nI prepare practicals.\nI maintain the centrifuges.';
    const advice = coachStatement({ text }).find((a) => a.check === 'list-of-duties')!;
    expect(advice.sentences).toHaveLength(4);
    expect(checks(coachStatement({ text: padded('When the centrifuge failed I traced the fault to the lid sensor, so that it was back in use in a day.') }))).not.toContain('list-of-duties');
  });

  it('says nothing about an empty statement', () => {
    expect(coachStatement({ text: '  ' })).toEqual([]);
  });
});
