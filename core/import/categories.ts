import { cpdCategorySchemes, type CpdCategoryScheme, scienceCouncilCategories } from '../cpd/categories';
import type { Parsed } from './dates';

const squeeze = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '');

/**
 * Names people give the Science Council's five activity types in their own logs, squeezed to
 * lower-case letters only. Each scheme label is accepted too.
 */
const SC_ALIASES: Record<string, string[]> = {
  'work-based': ['workbased', 'workbasedlearning', 'work', 'worklearning', 'onthejob', 'onthejoblearning', 'workplacelearning', 'workplace'],
  professional: ['professional', 'professionalactivity', 'professionalactivities', 'professionaldevelopment', 'professionalbody'],
  formal: ['formal', 'formaleducational', 'formaleducation', 'formalandeducational', 'formallearning', 'educational', 'education', 'formaltraining'],
  'self-directed': ['selfdirected', 'selfdirectedlearning', 'selfstudy', 'selflearning', 'selfled', 'independentlearning', 'privatestudy'],
  other: ['other', 'others', 'misc', 'miscellaneous'],
};

/** Everyday words in a CPD log's type column, with each scheme's nearest category. */
const EVERYDAY_WORDS: Record<string, Record<string, string[]>> = {
  [scienceCouncilCategories.id]: {
    formal: ['course', 'courses', 'training', 'trainingcourse', 'webinar', 'webinars', 'seminar', 'seminars', 'workshop', 'workshops', 'lecture', 'lectures', 'elearning', 'onlinecourse', 'onlinetraining', 'class', 'module', 'tutorial', 'qualification', 'exam', 'degree', 'study'],
    professional: ['conference', 'conferences', 'meeting', 'meetings', 'committee', 'networking', 'symposium', 'presentation', 'talk', 'mentoring', 'event', 'events'],
    'self-directed': ['reading', 'read', 'journal', 'journals', 'journalclub', 'journalarticle', 'article', 'articles', 'book', 'books', 'selfstudy', 'podcast', 'video', 'research', 'paper', 'papers', 'onlinelearning'],
    'work-based': ['onthejob', 'onthejobtraining', 'shadowing', 'jobshadowing', 'secondment', 'project', 'supervision', 'newduties'],
    other: ['volunteering', 'voluntary', 'volunteer', 'outreach', 'publicservice'],
  },
  'iet-twaves': {
    training: ['course', 'courses', 'training', 'trainingcourse', 'workshop', 'workshops', 'elearning', 'onlinecourse', 'onlinetraining', 'class', 'module', 'tutorial', 'formal'],
    events: ['webinar', 'webinars', 'seminar', 'seminars', 'lecture', 'lectures', 'conference', 'conferences', 'meeting', 'meetings', 'symposium', 'talk', 'presentation', 'event', 'networking', 'tradeshow'],
    'self-study': ['reading', 'read', 'journal', 'journals', 'journalclub', 'journalarticle', 'article', 'articles', 'book', 'books', 'selfstudy', 'selfdirected', 'podcast', 'video', 'research', 'paper', 'papers', 'onlinelearning'],
    'work-experience': ['onthejob', 'onthejobtraining', 'workbased', 'shadowing', 'jobshadowing', 'secondment', 'project', 'supervision', 'newduties'],
    academic: ['degree', 'study', 'exam', 'qualification', 'diploma', 'academic'],
    volunteering: ['volunteering', 'voluntary', 'volunteer', 'outreach', 'committee', 'mentoring'],
  },
};

/** Every category of every scheme, for labels and for accepting any scheme's id or label. */
export const ALL_CATEGORIES = cpdCategorySchemes.flatMap((scheme) => scheme.categories.map((c) => ({ id: c.id, label: c.label, scheme: scheme.id })));

/** A category id → its label, or the id itself where no scheme has it. */
export const categoryLabel = (id: string) => ALL_CATEGORIES.find((c) => c.id === id)?.label ?? id;

/** Edit distance, for typos such as "Self-direced"; names here are short, so the table is small. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const ownNames = (scheme: CpdCategoryScheme): [string, string[]][] => scheme.categories.map((c) => [c.id, [squeeze(c.id), squeeze(c.label)]]);

function namesFor(schemeId: string): [string, string[]][] {
  const scheme = cpdCategorySchemes.find((s) => s.id === schemeId) ?? scienceCouncilCategories;
  const words = Object.entries(EVERYDAY_WORDS[scheme.id] ?? {});
  const others = cpdCategorySchemes.filter((s) => s !== scheme).flatMap(ownNames);
  // The scheme's own names, then everyday words, then any other scheme's names, then the Science Council's aliases.
  return [...ownNames(scheme), ...words, ...others, ...Object.entries(SC_ALIASES)];
}

/**
 * A category as written in a spreadsheet ("Work based learning", "Webinar", "Events and
 * seminars") → a category id, the nearest in the given scheme for everyday words; undefined when
 * it cannot be placed. Empty text is no category, and also undefined.
 */
export function placeCategory(text: string, schemeId: string = scienceCouncilCategories.id): string | undefined {
  const key = squeeze(text);
  if (key === '') return undefined;
  const names = namesFor(schemeId);
  for (const [id, aliases] of names) if (aliases.includes(key)) return id;
  // "Professional activity (conference)", "Course - autoclave": a known name followed by detail.
  for (const [id, aliases] of names) if (aliases.some((alias) => alias.length >= 5 && key.startsWith(alias))) return id;
  for (const [id, aliases] of names) if (aliases.some((alias) => alias.length >= 8 && distance(key, alias) <= 2)) return id;
  return undefined;
}

/**
 * The scheme a file's category values are written in: the one whose labels they use most, the
 * Science Council's when none or a tie. Labels only: an id such as "training" is also an everyday word.
 */
export function schemeOfValues(values: readonly string[]): string {
  let best = scienceCouncilCategories.id;
  let bestCount = 0;
  for (const scheme of cpdCategorySchemes) {
    const names = scheme.categories.map((c) => squeeze(c.label));
    const count = values.filter((v) => names.includes(squeeze(v))).length;
    if (count > bestCount) [best, bestCount] = [scheme.id, count];
  }
  return best;
}

/** A category the user chose, by id or label of any scheme → its id. */
export function resolveCategoryTarget(text: string): string | undefined {
  const exact = ALL_CATEGORIES.find((c) => c.id === text.trim());
  if (exact) return exact.id;
  const key = squeeze(text);
  if (key === '') return undefined;
  return ALL_CATEGORIES.find((c) => squeeze(c.id) === key || squeeze(c.label) === key)?.id;
}

/** The Science Council reading of a category, refusing what it cannot place; kept for single values. */
export function parseImportCategory(text: string): Parsed<string | undefined> {
  if (squeeze(text) === '') return { ok: true, value: undefined };
  const id = placeCategory(text);
  if (id !== undefined) return { ok: true, value: id };
  const names = scienceCouncilCategories.categories.map((c) => c.label).join(', ');
  return { ok: false, reason: `Category "${text.trim()}" is not one we know; use one of: ${names}.` };
}
