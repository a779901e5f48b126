import { parseTypedDate } from '../format/typed-date';

/** What a certificate's text suggests for a record; every field is a suggestion for the user to confirm. */
export interface CertificateFields {
  title?: string;
  provider?: string;
  /** The day the course was completed or awarded, YYYY-MM-DD. */
  date?: string;
  hours?: number;
  /** Set when the text gives points rather than hours ("3 CPD points"). */
  points?: number;
  /** When the certificate says it expires or is due for renewal, YYYY-MM-DD. */
  expiry?: string;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** A date anywhere in a line: 12 March 2025, 12th Mar 2025, 12/03/2025, 12.03.2025, 2025-03-12. */
const DATE_IN_TEXT = new RegExp(
  `\\b(\\d{1,2}(?:st|nd|rd|th)?[\\s-]+(?:${MONTHS})\\.?,?[\\s-]+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'gi',
);
/** Month-first wording ("March 12, 2025"), read as the same day. */
const MONTH_FIRST = new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*(\\d{4})\\b`, 'gi');

const EXPIRY_WORDS = /\b(valid\s+(?:until|to|till|thru|through)|expir(?:es|y|y\s+date|ed|ing)|renewal\s+(?:due|date)|renew\s+by|due\s+for\s+renewal|recertif\w*\s+(?:due|by)|valid\s+for\s+\d)/i;
const COMPLETION_WORDS = /\b(complet\w*|awarded|achieved|issued|attended|date|passed|held\s+on|on)\b/i;

const HOURS = /(\d{1,3}(?:[.,]\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(?:\(\w+\)\s*)?(?:cpd\s+|guided\s+learning\s+|learning\s+|contact\s+)?(hours?|hrs?\.?|h\b)/i;
const POINTS = /(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:cpd\s+)?(points?|credits?|units?)\b/i;
const MINUTES = /(\d{2,3})\s*(?:mins?|minutes)\b/i;
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

const PROVIDER_LABEL = /^(?:provider|training\s+provider|course\s+provider|issued\s+by|awarded\s+by|delivered\s+by|presented\s+by|organised\s+by|accredited\s+by|trainer|provided\s+by)\s*[:\-–]?\s*(.+)$/i;
const PROVIDER_SHAPE = /\b(ltd|limited|plc|llp|university|college|institute|institution|society|academy|association|council|trust|nhs|services|group|royal|school|centre|center|agency|laboratories|lab|ambulance|foundation|federation|board|hospital|department|red\s+cross)\b\.?/i;
const TITLE_LABEL = /^(?:course(?:\s+title|\s+name)?|title|module|programme|workshop|webinar|event|activity|qualification|in|for(?:\s+completing)?|subject)\s*[:\-–]\s*(.+)$/i;
const LEAD_IN = /\b(?:successfully\s+)?(?:completed|attended|passed|achieved|awarded|completion\s+of|for\s+completing|has\s+completed|participated\s+in)(?:\s+the)?(?:\s+(?:course|module|training|e-?learning))?\s*[:\-–]?\s*(.*)$/i;
const BOILERPLATE = /^(?:certificate(?:\s+of\s+(?:completion|attendance|achievement|competence|training))?|this\s+is\s+to\s+certify(?:\s+that)?|this\s+certifies(?:\s+that)?|is\s+hereby\s+awarded.*|awarded\s+to|presented\s+to|has\s+(?:successfully\s+)?(?:completed|attended|passed)(?:\s+the)?|completed|signed|signature|date|page\s+\d+.*|certificate\s+(?:no|number|id)\b.*|candidate.*|learner.*|name\s*:.*|score\b.*|result\b.*|grade\b.*|ref(?:erence)?\b.*)$/i;

const clean = (line: string) =>
  line
    .replace(/[|_~`^*=<>{}[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–:.,;'"]+|[\s\-–:.,;'"]+$/g, '')
    .trim();

/** Words that look like text rather than OCR noise: mostly letters, at least two words of three letters. */
const readable = (line: string) => {
  const letters = line.replace(/[^A-Za-z]/g, '').length;
  return letters >= 4 && letters / Math.max(1, line.replace(/\s/g, '').length) > 0.6 && (line.match(/[A-Za-z]{3,}/g) ?? []).length >= 1;
};

function datesIn(line: string): string[] {
  const found: string[] = [];
  for (const m of line.matchAll(DATE_IN_TEXT)) {
    const parsed = parseTypedDate(m[1]!.replace(/,/g, ' ').replace(/\s+/g, ' '));
    if (parsed.ok) found.push(parsed.value);
  }
  for (const m of line.matchAll(MONTH_FIRST)) {
    const parsed = parseTypedDate(`${m[2]} ${m[1]} ${m[3]}`);
    if (parsed.ok) found.push(parsed.value);
  }
  return found;
}

function numberOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  const n = WORD_NUMBERS[lower] ?? Number(lower.replace(',', '.'));
  return Number.isFinite(n) && n > 0 && n <= 1000 ? n : undefined;
}

function findHours(lines: readonly string[]): Pick<CertificateFields, 'hours' | 'points'> {
  for (const line of lines) {
    if (/\b(valid\s+for|expires?\s+in|every)\b/i.test(line)) continue;
    const h = HOURS.exec(line);
    // "3 hours" but never a clock time such as "10:00 hrs".
    if (h && !/\d:\s*$/.test(line.slice(0, h.index))) {
      const n = numberOf(h[1]!);
      if (n !== undefined) return { hours: n };
    }
    const m = MINUTES.exec(line);
    if (m) {
      const n = Number(m[1]) / 60;
      if (n > 0 && n <= 24) return { hours: Math.round(n * 100) / 100 };
    }
  }
  for (const line of lines) {
    const p = POINTS.exec(line);
    if (p && /cpd|point|credit/i.test(line)) {
      const n = numberOf(p[1]!);
      if (n !== undefined) return { points: n, ...(/\bpoints?\b/i.test(p[2]!) && /cpd/i.test(line) ? { hours: n } : {}) };
    }
  }
  return {};
}

function findProvider(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = PROVIDER_LABEL.exec(line);
    if (m && readable(m[1]!)) return clean(m[1]!).replace(/^the\s+/i, '').slice(0, 200);
  }
  for (const line of lines) {
    const m = /\b(?:by|from|with)\s+(?:the\s+)?([A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|for|the|&))*)/.exec(line);
    if (m && PROVIDER_SHAPE.test(m[1]!)) return clean(m[1]!).slice(0, 200);
  }
  const shaped = lines.find((line) => PROVIDER_SHAPE.test(line) && readable(line) && line.length <= 80 && !LEAD_IN.test(line) && !/certif/i.test(line) && datesIn(line).length === 0 && !HOURS.test(line));
  return shaped ? clean(shaped).slice(0, 200) : undefined;
}

function findTitle(lines: readonly string[], provider: string | undefined): string | undefined {
  for (const line of lines) {
    const m = TITLE_LABEL.exec(line);
    if (m && readable(m[1]!)) return clean(m[1]!).slice(0, 300);
  }
  for (const [i, line] of lines.entries()) {
    const m = LEAD_IN.exec(line);
    // "Awarded to" and "attended by" introduce a person or a provider, not the course.
    if (!m || /^(?:to|by|from)\b/i.test(m[1]!.trim())) continue;
    const rest = clean(m[1]!.replace(DATE_IN_TEXT, '').replace(/\bon\s*$/i, ''));
    if (readable(rest) && !BOILERPLATE.test(rest) && !EXPIRY_WORDS.test(rest)) return rest.replace(/\s+(?:on|in|at)$/i, '').slice(0, 300);
    if (datesIn(line).length > 0) continue;
    const next = lines.slice(i + 1).find((l) => readable(l) && !BOILERPLATE.test(l) && datesIn(l).length === 0);
    if (next) return clean(next).slice(0, 300);
  }
  const candidate = lines.find(
    (line) => readable(line) && !BOILERPLATE.test(line) && line !== provider && datesIn(line).length === 0 && !HOURS.test(line) && !EXPIRY_WORDS.test(line) && !PROVIDER_LABEL.test(line) && line.length <= 120,
  );
  return candidate ? clean(candidate).slice(0, 300) : undefined;
}

/**
 * Suggests a record's fields from a certificate's text (a PDF's text or a scan read by OCR):
 * title, provider, date, hours or points, and expiry. Nothing is guessed where the text says
 * nothing; a field left out is one the user fills in. Dates are read day first, as in the UK.
 */
export function certificateFields(text: string): CertificateFields {
  const lines = text
    .split(/\r?\n|\s{3,}/)
    .map(clean)
    .filter((line) => line.length > 1);
  const fields: CertificateFields = {};

  const completion: string[] = [];
  const plain: string[] = [];
  for (const line of lines) {
    const dates = datesIn(line);
    if (dates.length === 0) continue;
    if (EXPIRY_WORDS.test(line)) {
      // "Completed 12/03/2025, valid until 12/03/2028": the last date after the words is the expiry.
      const after = datesIn(line.slice(line.search(EXPIRY_WORDS)));
      const expiry = after[after.length - 1] ?? dates[dates.length - 1]!;
      fields.expiry ??= expiry;
      const before = datesIn(line.slice(0, line.search(EXPIRY_WORDS)));
      if (before.length > 0) completion.push(before[0]!);
    } else if (COMPLETION_WORDS.test(line)) completion.push(...dates);
    else plain.push(...dates);
  }
  const date = completion[0] ?? plain.filter((d) => d !== fields.expiry).sort()[0];
  if (date) fields.date = date;
  if (fields.expiry && fields.date && fields.expiry <= fields.date) delete fields.expiry;
  if (!fields.expiry) {
    const validFor = /valid\s+for\s+(\d{1,2}|one|two|three|four|five)\s+(years?|months?)/i.exec(text);
    const n = validFor ? numberOf(validFor[1]!) : undefined;
    if (n !== undefined && fields.date) fields.expiry = addMonths(fields.date, /year/i.test(validFor![2]!) ? n * 12 : n);
  }

  Object.assign(fields, findHours(lines));
  const provider = findProvider(lines);
  if (provider) fields.provider = provider;
  const title = findTitle(lines, provider);
  if (title) fields.title = title;
  return fields;
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
