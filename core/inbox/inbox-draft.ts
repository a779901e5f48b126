import { formatUkDate } from '../format/uk-date';
import type { CpdRecordInput } from '../model/cpd-record';
import type { CertificateFields } from './certificate-fields';

/** Where a draft's file came from: the inbox folder, or added on the evidence screen. */
export type DraftSource = 'inbox' | 'added';

/** The tag every record made from the inbox carries, so the log can show and filter them. */
export const INBOX_TAG = 'inbox';
/** The tag of a draft made from a file added on the evidence screen: not from the inbox, so not tagged so. */
export const ADDED_FILE_TAG = 'from-a-file';

const ORIGIN_WORDS: Record<DraftSource, string> = { inbox: 'From the inbox: ', added: 'From an added file: ' };

/** The first line of a draft's description: where it came from. */
export const fromFileLine = (fileName: string, source: DraftSource = 'inbox'): string => `${ORIGIN_WORDS[source]}${fileName}`;

/** The line a record's description opens with when it was made from a file ("From the inbox: …"), for the log to show. */
export function draftOriginOf(description: string): string | undefined {
  const first = description.split('\n', 1)[0] ?? '';
  const source = (Object.keys(ORIGIN_WORDS) as DraftSource[]).find((s) => first.startsWith(ORIGIN_WORDS[s]));
  return source && first.slice(ORIGIN_WORDS[source].length).trim() ? first.trim() : undefined;
}

/** The file name a record's description says it came from, when it was made from the inbox. */
export function inboxFileOf(description: string): string | undefined {
  const first = description.split('\n', 1)[0] ?? '';
  return first.startsWith(ORIGIN_WORDS.inbox) ? first.slice(ORIGIN_WORDS.inbox.length).trim() || undefined : undefined;
}

const titleFromFileName = (fileName: string) =>
  fileName
    .replace(/\.[A-Za-z0-9]{1,10}$/, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300) || 'Certificate';

const hoursText = (n: number) => `${n} ${n === 1 ? 'hour' : 'hours'}`;

/**
 * The draft CPD record made for a file taken from the inbox: what its text suggests, and where the
 * text said nothing, the file's name, the day it was taken and one hour, each said in the
 * description so the user knows what to check before marking it complete. A draft never counts
 * towards CPD totals (core/cpd/counted-records.ts).
 */
export function inboxDraft(fileName: string, fields: CertificateFields, today: string, hadText: boolean, source: DraftSource = 'inbox'): CpdRecordInput {
  const found: string[] = [];
  const check: string[] = [];
  if (fields.title) found.push(`title "${fields.title}"`);
  else check.push('the title');
  if (fields.provider) found.push(`provider ${fields.provider}`);
  if (fields.date) found.push(`date ${formatUkDate(fields.date)}`);
  else check.push('the date');
  if (fields.hours !== undefined) found.push(hoursText(fields.hours));
  else check.push('the hours');
  if (fields.points !== undefined) found.push(`${fields.points} CPD ${fields.points === 1 ? 'point' : 'points'}`);
  if (fields.expiry) found.push(`expires ${formatUkDate(fields.expiry)}`);

  const lines = [fromFileLine(fileName, source)];
  if (!hadText) lines.push('No words could be read from this file.');
  if (found.length > 0) lines.push(`Suggested from its text: ${found.join('; ')}.`);
  if (check.length > 0) lines.push(`Not found in it, so please fill in: ${check.join(', ')}.`);
  if (fields.expiry) lines.push(`It reads as training that expires on ${formatUkDate(fields.expiry)}: you can also add it under Training so you are reminded to renew it.`);
  lines.push('Check these, then mark the record complete.');

  return {
    title: fields.title ?? titleFromFileName(fileName),
    startDate: fields.date ?? today,
    hours: fields.hours ?? 1,
    ...(fields.points !== undefined ? { points: fields.points } : {}),
    description: lines.join('\n'),
    status: 'draft',
    tags: [source === 'inbox' ? INBOX_TAG : ADDED_FILE_TAG],
  };
}

/**
 * Files in the inbox that are not taken: hidden files, and the partial files browsers, Office and
 * sync clients write while a file is arriving.
 */
export function isInboxCandidate(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('~$') || name.startsWith('~')) return false;
  return !/\.(?:tmp|temp|part|partial|crdownload|download|opdownload|!sync|sb-[\w-]+|icloud|lnk|url|ini|ds_store)$/i.test(name) && name.toLowerCase() !== 'desktop.ini' && name.toLowerCase() !== 'thumbs.db';
}
