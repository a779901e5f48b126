import { differenceInCalendarYears, parseISO } from 'date-fns';
import { countWords } from '../text/word-count';
import { termOf, wordsOf } from '../suggest/terms';
import { sentencesOf, type Sentence } from './sentences';

/**
 * Advice on a competence statement, after the faults assessors report most: "we" instead of "I",
 * too brief, no depth, no outcome, not answering the heading. Advice only: nothing here blocks
 * saving or making a pack.
 */
export type CoachCheck = 'not-first-person' | 'no-outcome' | 'too-short' | 'too-long' | 'no-key-terms' | 'example-reused' | 'example-old' | 'unexplained-acronym' | 'list-of-duties';

export interface CoachAdvice {
  check: CoachCheck;
  /** What was found, in one line. */
  message: string;
  /** Why it matters, in one line. */
  explanation: string;
  /** The sentences the advice is about, where it is about some. */
  sentences: Sentence[];
}

export interface CitedExample {
  title: string;
  date?: string | undefined;
  /** Other criteria of the same framework this record is already an example of. */
  alsoUsedFor: readonly string[];
}

export interface CoachInput {
  text: string;
  wordLimit?: number | undefined;
  suggestedWords?: { min?: number | undefined; max: number } | undefined;
  /** Words that show the statement answers its criterion (its heading, wording, themes). */
  keyTerms?: readonly string[];
  /** The records the statement's criterion cites (from coverage). */
  cited?: readonly CitedExample[];
  examplesWithinYears?: number | undefined;
  /** YYYY-MM-DD */
  asOf?: string | undefined;
}

export const EXPLANATIONS: Record<CoachCheck, string> = {
  'not-first-person': 'Assessors judge what you did: say "I" rather than "we", "our team" or "it was decided".',
  'no-outcome': 'Say what happened as a result: what changed, by how much, before and after.',
  'too-short': 'A brief statement rarely shows enough depth; explain what you did, how and why.',
  'too-long': 'Keep within the length the body asks for; cut background and keep what you did.',
  'no-key-terms': 'Answer the heading: use the words of the criterion so the assessor sees which part you are showing.',
  'example-reused': 'One example may serve more than one criterion, but several different ones show breadth.',
  'example-old': 'Examples should mostly be recent; add a newer one if you have it.',
  'unexplained-acronym': 'Spell out an abbreviation the first time you use it, as not every assessor knows your field.',
  'list-of-duties': 'A list of duties says what the job is, not what you did: describe one example in depth.',
};

/** Abbreviations any assessor in science or engineering knows; the rest are spelt out on first use. */
export const KNOWN_ACRONYMS = new Set(['I', 'UK', 'EU', 'NHS', 'DNA', 'RNA', 'PCR', 'PPE', 'COSHH', 'CPD', 'SOP', 'SOPs', 'PhD', 'MSc', 'BSc', 'IT', 'HSE', 'ISO', 'OK', 'AM', 'PM']);

const PLURAL = /\b(we|we've|we're|our|ours|us|ourselves)\b|\bthe team\b/i;
const PASSIVE = /\b(it was|it is|it has been)\s+(decided|agreed|found|noted|felt|thought|done|carried out)\b|\b(was|were|been)\s+(carried out|done|completed|performed|undertaken|set up|decided|agreed|prepared|checked)\b/i;
const SINGULAR = /\b(I|I'm|I've|I'd|my|me|myself)\b/;
const OUTCOME = /\b(as a result|which meant|this meant|so that|resulted in|result was|led to|leading to|outcome|reduced|increased|improved|saved|cut|halved|doubled|fell|rose|now|since then|afterwards|before|after|fewer|faster|no longer|passed|approved)\b|\d/i;
const DUTY_START = /^(?:[-•*]\s*)?(?:I\s+)?(?:am\s+)?(?:responsible for|duties include|maintain|order|prepare|manage|ensure|carry out|assist|support|clean|check|monitor|set up)\b/i;

export function coachStatement(input: CoachInput): CoachAdvice[] {
  const advice: CoachAdvice[] = [];
  const text = input.text;
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return advice;
  const add = (check: CoachCheck, message: string, flagged: Sentence[] = []) => advice.push({ check, message, explanation: EXPLANATIONS[check], sentences: flagged });

  const plural = sentences.filter((s) => (PLURAL.test(s.text) || PASSIVE.test(s.text)) && !SINGULAR.test(s.text));
  const singular = sentences.filter((s) => SINGULAR.test(s.text)).length;
  if (plural.length > 0 && plural.length >= singular / 2) {
    add('not-first-person', `${plural.length} of ${sentences.length} sentences say "we" or hide who acted, against ${singular} with "I".`, plural);
  }

  if (!OUTCOME.test(text)) add('no-outcome', 'No sentence says what resulted from what you did.');

  const words = countWords(text);
  const max = input.wordLimit ?? input.suggestedWords?.max;
  const min = input.suggestedWords?.min ?? (max !== undefined ? Math.round(max / 2) : 100);
  if (words < min) add('too-short', `${words} words; aim for at least ${min}.`);
  if (max !== undefined && words > max) add('too-long', `${words} words, over the ${input.wordLimit !== undefined ? 'limit' : 'suggested length'} of ${max}.`);

  if (input.keyTerms && input.keyTerms.length > 0) {
    const mine = new Set(wordsOf(text).map(termOf).filter((t): t is string => t !== null));
    const hit = input.keyTerms.some((phrase) => {
      const terms = wordsOf(phrase).map(termOf).filter((t): t is string => t !== null);
      return terms.length > 0 && terms.every((t) => mine.has(t));
    });
    if (!hit) add('no-key-terms', 'None of the criterion\'s key words appear.');
  }

  for (const example of input.cited ?? []) {
    if (example.alsoUsedFor.length > 0) add('example-reused', `"${example.title}" is also your example for ${example.alsoUsedFor.join(', ')}.`);
  }
  if (input.asOf && input.examplesWithinYears !== undefined) {
    for (const example of input.cited ?? []) {
      if (example.date && differenceInCalendarYears(parseISO(input.asOf), parseISO(example.date)) > input.examplesWithinYears) {
        add('example-old', `"${example.title}" is from ${example.date.slice(0, 4)}, more than ${input.examplesWithinYears} years ago.`);
      }
    }
  }

  const explained = new Set<string>();
  const unexplained: Sentence[] = [];
  const acronyms: string[] = [];
  for (const s of sentences) {
    // "(COSHH)" after the words, or "COSHH (Control of ...)" explains it from here on.
    for (const m of s.text.matchAll(/\(([A-Z][A-Za-z]*[A-Z]s?)\)|\b([A-Z]{2,}s?)\s*\(/g)) explained.add(m[1] ?? m[2]!);
    for (const m of s.text.matchAll(/\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?\b/g)) {
      const word = m[0];
      if (KNOWN_ACRONYMS.has(word) || explained.has(word) || acronyms.includes(word)) continue;
      acronyms.push(word);
      if (!unexplained.includes(s)) unexplained.push(s);
    }
  }
  if (acronyms.length > 0) add('unexplained-acronym', `Not spelt out: ${acronyms.join(', ')}.`, unexplained);

  const duties = sentences.filter((s) => DUTY_START.test(s.text) && countWords(s.text) <= 14);
  if (sentences.length >= 3 && duties.length >= 3 && duties.length / sentences.length >= 0.5) {
    add('list-of-duties', `${duties.length} of ${sentences.length} sentences read as a list of duties.`, duties);
  }
  return advice;
}
