import { z } from 'zod';
import { RatingLevel } from '../model/competence-rating';
import { IsoDate } from '../model/dates';

/**
 * The file format of a registration framework or CPD standard (assets/frameworks/*.json, and files
 * an institution writes for its own career framework). One schema serves the shipped files, user
 * imports and the API, so a file that loads here loads everywhere. assets/frameworks/README.md
 * documents it for people; framework.schema.json is generated from it for editors.
 */

export const FRAMEWORK_FORMAT_VERSION = 1;

// File-format objects are strict: a misspelt key ("wordlimit") is reported at its path instead of
// being silently dropped, which matters for files people write by hand.

/** Framework ids are lower-case slugs: they are stored in every mapping, so they must stay stable. */
export const FrameworkId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'Use 2 to 64 lower-case letters, digits or hyphens, starting with a letter or digit, such as "my-uni-technician".');
export type FrameworkId = z.infer<typeof FrameworkId>;

/** Criterion codes as the standard prints them: "A1", "D3", "K2", "S2", "7", or a retired "D3@pre2025". */
export const CriterionCode = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9.@_-]{0,39}$/, 'Use up to 40 letters, digits, dots, hyphens, underscores or "@", starting with a letter or digit, such as "A1".');
export type CriterionCode = z.infer<typeof CriterionCode>;

const SourceUrl = z.string().regex(/^https?:\/\/\S+$/, 'Give the web address of the official source, starting with https://.').max(2000);

const text = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`);
const requiredText = (what: string, max: number) => z.string().trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} under ${max} characters.`);

/**
 * Whether a criterion's wording was read in the standard-setter's own document (or a licensed
 * body's or accredited university's reproduction of it). Only confirmed criteria carry an
 * official statement; the others carry a neutral heading in our own words and the address to check.
 */
export const WordingStatus = z.enum(['confirmed', 'pending']);
export type WordingStatus = z.infer<typeof WordingStatus>;

/**
 * Words and short phrases a good example for an area or criterion tends to use ("risk assessment",
 * "COSHH"). Our own vocabulary for finding examples in the user's records, never the standard's
 * wording, so the app never shows it as a criterion's wording.
 */
export const Themes = z
  .array(z.string().trim().min(1, 'Leave out empty themes.').max(60, 'Keep each theme under 60 characters.'))
  .max(60)
  .optional()
  .describe('Words and short phrases an example for this tends to use, such as "risk assessment" or "COSHH". Used only to find and suggest examples in your records; never shown as the criterion\'s wording.');

/** A body's advice on length ("about 300–350 words will be sufficient"): shown as guidance, never enforced. */
export const SuggestedWords = z
  .strictObject({
    min: z.number().int().positive().max(20_000).optional(),
    max: z.number().int().positive().max(20_000),
  })
  .refine((w) => w.min === undefined || w.min <= w.max, { message: 'Give a suggested minimum no larger than the maximum.', path: ['min'] });
export type SuggestedWords = z.infer<typeof SuggestedWords>;

export const Criterion = z
  .strictObject({
    code: CriterionCode,
    heading: requiredText('a short heading for the criterion', 300).describe('Where confirmed, the official short heading (the official statement without its full stop, if it has one). Otherwise a neutral summary in your own words: the app shows it labelled "Our summary" and never prints it as the criterion\'s wording.'),
    officialStatement: text(1000).optional().describe('The standard\'s own one-sentence statement, quoted; only where wordingStatus is "confirmed".'),
    wordingStatus: WordingStatus.default('pending'),
    wordingSource: SourceUrl.optional().describe('Where the wording can be checked (the official document).'),
    guidance: text(4000).default('').describe('Advice on what a good example shows, in your own words rather than quoted from the standard.'),
    wordLimit: z.number().int().positive().max(20_000).optional().describe('A word limit the body sets for this criterion\'s statement; statements over it are flagged. For advice such as "about 300 to 350 words", use suggestedWords instead.'),
    suggestedWords: SuggestedWords.optional().describe('How long the body suggests a statement should be: guidance, not a limit, so going over it is not flagged.'),
    themes: Themes,
  })
  .refine((c) => c.wordingStatus === 'confirmed' || c.officialStatement === undefined, {
    message: 'Only a criterion whose wording is "confirmed" may carry an official statement; mark it confirmed or move the text to the heading in your own words.',
    path: ['officialStatement'],
  });
export type Criterion = z.infer<typeof Criterion>;
export type CriterionInput = z.input<typeof Criterion>;

export const FrameworkArea = z.strictObject({
  code: CriterionCode,
  heading: requiredText('a heading for the area', 300),
  officialStatement: text(1000).optional(),
  wordingStatus: WordingStatus.default('pending'),
  themes: Themes,
  criteria: z.array(Criterion).min(1, 'Give each area at least one criterion.').max(100),
});
export type FrameworkArea = z.infer<typeof FrameworkArea>;

/** An old code that now means a current one (RSci 2025: D4 became D3). Mappings follow it. */
export const CodeAlias = z.strictObject({
  from: CriterionCode,
  to: CriterionCode,
  note: text(1000).default(''),
});
export type CodeAlias = z.infer<typeof CodeAlias>;

/** A code the current edition dropped; mappings to it are kept and shown as needing re-mapping. */
export const RetiredCode = z.strictObject({
  code: CriterionCode,
  heading: requiredText('a heading for the retired code', 300),
  note: text(1000).default(''),
});
export type RetiredCode = z.infer<typeof RetiredCode>;

/**
 * Which criteria an application must evidence, when it is not simply "all of them". Each rule is
 * one requirement; all rules must hold. PSF 2023 Descriptor 1 (AFHEA) is
 * [{all: V1 V3 K1 K2 K3}, {at least 2 of: A1..A5}].
 */
export const SelectionRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all-of'), codes: z.array(CriterionCode).min(1).max(200), note: text(500).default('') }),
  z.strictObject({
    kind: z.literal('at-least'),
    count: z.number().int().positive(),
    codes: z.array(CriterionCode).min(1).max(200),
    note: text(500).default(''),
  }),
], { error: 'Give each selection rule a "kind" of "all-of" or "at-least".' });
export type SelectionRule = z.infer<typeof SelectionRule>;

/** What an application needs besides the statements. Every field is optional: bodies differ. */
export const ApplicationRequirements = z.strictObject({
  supporters: z
    .strictObject({
      count: z.number().int().min(0).max(10),
      kind: z.enum(['supporter', 'referee']),
      note: text(1000).default(''),
    })
    .optional(),
  cv: z.boolean().optional(),
  qualificationLevel: text(300).optional().describe('As the body states it, such as "RQF level 3 or equivalent".'),
  examplesWithinYears: z.number().int().positive().max(50).optional().describe('Examples should mostly be from the last N years; older ones are flagged in coverage.'),
  codeOfConduct: z
    .strictObject({
      name: requiredText('the name of the code of conduct', 300),
      url: SourceUrl.optional(),
    })
    .optional()
    .describe('The code of conduct the applicant declares they will abide by, as the body names it.'),
  equivalencyReport: z
    .strictObject({
      accepted: z.boolean(),
      note: text(1000).default(''),
    })
    .optional()
    .describe('Whether an equivalency report is accepted instead of the qualification, and what it involves.'),
  developmentPlan: z.boolean().optional().describe('true if the standard asks for planned CPD, so the application includes the development plan.'),
  membership: z
    .strictObject({
      required: z.boolean(),
      note: text(1000).default(''),
    })
    .optional()
    .describe('Whether the applicant must be a member of a licensed body to apply (joining at the same time usually counts).'),
  fees: z
    .strictObject({
      amount: z.number().nonnegative().max(100_000),
      currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as "GBP".'),
      note: text(1000).default(''),
      source: SourceUrl,
    })
    .optional()
    .describe('The application fee as the body publishes it, with where it was read; the licensed body\'s membership fee is separate.'),
  supporterStatement: z
    .strictObject({
      form: z.enum(['per-area', 'single']),
      note: text(1000).default(''),
      source: SourceUrl.optional(),
    })
    .optional()
    .describe('What the supporter or referee writes: a paragraph for each area ("per-area") or one statement ("single").'),
  notes: text(4000).default(''),
});
export type ApplicationRequirements = z.infer<typeof ApplicationRequirements>;

/**
 * One expectation of a career-pathway level: a competence (a criterion code of the same file) and
 * the least self-rating that meets it. `cpdCategories` and `suggestedCpd` say what kind of CPD
 * would show it, for the suggestions a technician sees when it is a gap.
 */
export const LevelExpectation = z.strictObject({
  code: CriterionCode,
  minimumRating: RatingLevel.describe('not-yet, developing, competent or can-teach: the least rating that meets the expectation.'),
  cpdCategories: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/, 'Use a CPD category id such as "work-based" or "formal".')).max(10).default([]).describe('CPD category ids (such as work-based, professional, formal, self-directed) whose activities could show this.'),
  suggestedCpd: text(1000).default('').describe('What kind of CPD would help, in plain words.'),
});
export type LevelExpectation = z.infer<typeof LevelExpectation>;

/** A grade or level of a career pathway, lowest first in the file. */
export const PathwayLevel = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Use up to 40 lower-case letters, digits or hyphens for a level id, such as "level-2".'),
  name: requiredText('a name for the level', 100),
  description: text(2000).default(''),
  expectations: z.array(LevelExpectation).max(500).default([]),
});
export type PathwayLevel = z.infer<typeof PathwayLevel>;

/**
 * How long a body lets a piece of the application be, in its own unit. `scope` says what is
 * counted: one criterion's statement (`code` names it; left out, every criterion), an area's
 * statements together (`code` names the area; left out, every area), the whole report (every
 * statement), or each job role's description in the employment history. A `limit` is hard:
 * going over it is a must-fix; `guidance` is advice and only prompts a look.
 */
export const LengthScope = z.enum(['criterion', 'area', 'report', 'role']);
export type LengthScope = z.infer<typeof LengthScope>;
export const LengthUnit = z.enum(['words', 'characters']);
export type LengthUnit = z.infer<typeof LengthUnit>;
export const LengthKind = z.enum(['limit', 'guidance']);
export type LengthKind = z.infer<typeof LengthKind>;

export const LengthLimit = z
  .strictObject({
    scope: LengthScope.describe('criterion, area, report (every statement together) or role (each job role\'s description).'),
    code: CriterionCode.optional().describe('For scope criterion or area: the criterion or area code; left out, the figure applies to each one.'),
    unit: LengthUnit.describe('words (counted as a word processor counts them) or characters (every letter, space and line break).'),
    max: z.number().int().positive().max(1_000_000),
    min: z.number().int().positive().max(1_000_000).optional(),
    kind: LengthKind.describe('limit (hard: going over it must be fixed) or guidance (advice: shown, and a look suggested).'),
    source: SourceUrl.optional().describe('Where the figure was read.'),
    note: text(1000).default('').describe('Whose figure it is and how sure, in plain words.'),
  })
  .refine((l) => l.min === undefined || l.min <= l.max, { message: 'Give a minimum no larger than the maximum.', path: ['min'] })
  .refine((l) => l.code === undefined || l.scope === 'criterion' || l.scope === 'area', { message: 'Only a criterion or area figure names a code; leave "code" out.', path: ['code'] });
export type LengthLimit = z.infer<typeof LengthLimit>;
export type LengthLimitInput = z.input<typeof LengthLimit>;

/** One line of an upgrade correspondence: a lower register's criterion (or whole area) and the criteria it feeds here. */
export const UpgradeLink = z.strictObject({
  from: CriterionCode.describe('A criterion code of the lower register, or an area code meaning every criterion of that area.'),
  to: z.array(CriterionCode).min(1, 'Name at least one criterion of this framework.').max(50),
  note: text(1000).default(''),
});
export type UpgradeLink = z.infer<typeof UpgradeLink>;

/**
 * How an applicant moving up from a lower register (RSciTech to RSci) can start from what they
 * already wrote. The correspondence is the file author's own reading of the two standards, said
 * so in `basis`; `raised` lists criteria that ask more than their counterpart, `new` those with none.
 */
export const UpgradeFrom = z.strictObject({
  frameworkId: FrameworkId.describe('The lower register\'s framework id.'),
  basis: requiredText('whose correspondence this is', 1000).describe('Whose reading of the two standards this is, such as "Our own correspondence, by area".'),
  map: z.array(UpgradeLink).min(1).max(500),
  raised: z.array(CriterionCode).max(200).default([]).describe('Criteria of this framework that ask more than their counterpart.'),
  new: z.array(CriterionCode).max(200).default([]).describe('Criteria of this framework with no counterpart.'),
  note: text(2000).default(''),
});
export type UpgradeFrom = z.infer<typeof UpgradeFrom>;

export const FrameworkKind = z.enum(['registration', 'cpd-standard', 'career', 'career-pathway']);
export type FrameworkKind = z.infer<typeof FrameworkKind>;

export const Framework = z
  .strictObject({
    $schema: z.string().max(500).optional().describe('Lets an editor find framework.schema.json; ignored by the app.'),
    formatVersion: z.literal(FRAMEWORK_FORMAT_VERSION, `This app reads framework files of format version ${FRAMEWORK_FORMAT_VERSION}.`),
    id: FrameworkId.describe('Stable id stored in every mapping and statement; never change it once the file is in use.'),
    name: requiredText('the framework name', 200),
    shortName: requiredText('a short name', 40).describe('What it is called on buttons and in the CLI: "RSciTech", "AFHEA".'),
    kind: FrameworkKind.default('registration').describe('registration, career or cpd-standard.'),
    awardingBody: requiredText('the awarding body', 200),
    edition: requiredText('the edition', 100),
    sourceUrl: SourceUrl,
    dateChecked: IsoDate.describe('When the content was last compared with its source.'),
    accuracyNote: text(4000).default('').describe('Which codes or wording were not confirmed from the official document, in plain words.'),
    areas: z.array(FrameworkArea).min(1, 'Give the framework at least one area.').max(50),
    aliases: z.array(CodeAlias).max(200).default([]).describe('Old codes that now mean current ones; mappings to the old code count towards the new one.'),
    retiredCodes: z.array(RetiredCode).max(200).default([]).describe('Codes an edition dropped; mappings to them are kept and shown as needing re-mapping.'),
    selectionRules: z.array(SelectionRule).max(20).default([]).describe('Empty means every criterion is required.'),
    requirements: ApplicationRequirements.default({ notes: '' }),
    levels: z.array(PathwayLevel).min(1, 'Give a career pathway at least one level, or leave "levels" out.').max(20).optional().describe('For a career pathway: its levels or grades, lowest first, each with the competence ratings it expects.'),
    lengthLimits: z.array(LengthLimit).max(200).default([]).describe('How long statements, areas, the whole report or job role descriptions may be, in words or characters, as a limit or guidance.'),
    upgradeFrom: z.array(UpgradeFrom).max(10).default([]).describe('Lower registers an applicant can move up from, with how their criteria correspond to these.'),
  })
  .superRefine((f, ctx) => {
    const codes = new Map<string, string>();
    f.areas.forEach((area, a) => {
      area.criteria.forEach((c, i) => {
        const seen = codes.get(c.code);
        if (seen !== undefined) {
          ctx.addIssue({ code: 'custom', message: `The code "${c.code}" is used twice (also at ${seen}); give each criterion its own code.`, path: ['areas', a, 'criteria', i, 'code'] });
        } else codes.set(c.code, `areas[${a}].criteria[${i}]`);
      });
    });
    f.aliases.forEach((alias, i) => {
      if (!codes.has(alias.to)) ctx.addIssue({ code: 'custom', message: `The alias points to "${alias.to}", which is not a criterion of this framework.`, path: ['aliases', i, 'to'] });
      if (codes.has(alias.from)) ctx.addIssue({ code: 'custom', message: `"${alias.from}" is a current criterion, so it cannot also be an alias.`, path: ['aliases', i, 'from'] });
    });
    f.retiredCodes.forEach((retired, i) => {
      if (codes.has(retired.code)) ctx.addIssue({ code: 'custom', message: `"${retired.code}" is a current criterion, so it cannot also be retired.`, path: ['retiredCodes', i, 'code'] });
    });
    const levelIds = new Set<string>();
    f.levels?.forEach((level, l) => {
      if (levelIds.has(level.id)) ctx.addIssue({ code: 'custom', message: `The level id "${level.id}" is used twice; give each level its own id.`, path: ['levels', l, 'id'] });
      levelIds.add(level.id);
      const expected = new Set<string>();
      level.expectations.forEach((e, i) => {
        if (!codes.has(e.code)) ctx.addIssue({ code: 'custom', message: `The level expects "${e.code}", which is not a criterion of this framework.`, path: ['levels', l, 'expectations', i, 'code'] });
        if (expected.has(e.code)) ctx.addIssue({ code: 'custom', message: `The level lists "${e.code}" twice; keep one expectation per competence.`, path: ['levels', l, 'expectations', i, 'code'] });
        expected.add(e.code);
      });
    });
    const areaCodes = new Set(f.areas.map((a) => a.code));
    f.lengthLimits.forEach((limit, i) => {
      if (limit.code === undefined) return;
      if (limit.scope === 'criterion' && !codes.has(limit.code)) ctx.addIssue({ code: 'custom', message: `The length figure names "${limit.code}", which is not a criterion of this framework.`, path: ['lengthLimits', i, 'code'] });
      if (limit.scope === 'area' && !areaCodes.has(limit.code)) ctx.addIssue({ code: 'custom', message: `The length figure names "${limit.code}", which is not an area of this framework.`, path: ['lengthLimits', i, 'code'] });
    });
    f.upgradeFrom.forEach((upgrade, u) => {
      if (upgrade.frameworkId === f.id) ctx.addIssue({ code: 'custom', message: 'A framework cannot be upgraded from itself.', path: ['upgradeFrom', u, 'frameworkId'] });
      upgrade.map.forEach((link, m) => {
        link.to.forEach((code, t) => {
          if (!codes.has(code)) ctx.addIssue({ code: 'custom', message: `The correspondence points to "${code}", which is not a criterion of this framework.`, path: ['upgradeFrom', u, 'map', m, 'to', t] });
        });
      });
      for (const key of ['raised', 'new'] as const) {
        upgrade[key].forEach((code, i) => {
          if (!codes.has(code)) ctx.addIssue({ code: 'custom', message: `"${code}" is not a criterion of this framework.`, path: ['upgradeFrom', u, key, i] });
        });
      }
    });
    f.selectionRules.forEach((rule, r) => {
      rule.codes.forEach((code, i) => {
        if (!codes.has(code)) ctx.addIssue({ code: 'custom', message: `The rule names "${code}", which is not a criterion of this framework.`, path: ['selectionRules', r, 'codes', i] });
      });
      if (rule.kind === 'at-least' && rule.count > rule.codes.length) {
        ctx.addIssue({ code: 'custom', message: `The rule asks for ${rule.count} of only ${rule.codes.length} codes.`, path: ['selectionRules', r, 'count'] });
      }
    });
  });
export type Framework = z.infer<typeof Framework>;
/** A framework as written in a file, before defaults are filled in. */
export type FrameworkInput = z.input<typeof Framework>;

/** The user's own wording of a built-in criterion, kept in the portfolio so an app update does not wipe it. */
export const CriterionOverride = z.object({
  frameworkId: FrameworkId,
  code: CriterionCode,
  heading: text(300).optional(),
  guidance: text(4000).optional(),
  /** The criterion's wording as printed on the user's licensed body's application form, pasted by the user; used while the official wording is not confirmed. */
  formWording: text(2000).optional(),
});
export type CriterionOverride = z.infer<typeof CriterionOverride>;

/** Where a framework came from: shipped with the app, or imported by the user. */
export const FrameworkOrigin = z.enum(['built-in', 'imported']);
export type FrameworkOrigin = z.infer<typeof FrameworkOrigin>;
