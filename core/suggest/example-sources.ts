import type { MappedItemKind } from '../coverage/schema';
import type { CriterionMapping } from '../model/mapping';
import type { Portfolio } from '../model/portfolio';
import { activityDate, activityEnd } from '../commitment/activity-labels';

/**
 * A record that could serve as an example, reduced to the text the finder reads. CPD records,
 * training, Technician Commitment records and evidence items all become one of these, so every
 * kind is ranked on the same scale.
 */
export interface ExampleSource {
  kind: MappedItemKind;
  id: string;
  title: string;
  /** What the record says happened: description, notes, reflection answers. */
  body: string;
  outcomes: string;
  tags: string;
  date: string | undefined;
  mappings: readonly CriterionMapping[];
  /** A draft CPD record: it can still be a good example, once finished. */
  draft: boolean;
}

export type ExampleSourceLists = Pick<Portfolio, 'cpd' | 'training' | 'evidence'> &
  Partial<Pick<Portfolio, 'activities'>> & {
    /** The words read from evidence files, by SHA-256 (a certificate's text ranks its evidence item). */
    fileTexts?: ReadonlyMap<string, string>;
  };

/** Words of a file's text the finder reads: enough for any certificate, bounded for a long report. */
export const FILE_TEXT_CHARS = 20_000;

const withTextCache = new WeakMap<object, { text: string; source: ExampleSource }>();

/** An evidence item's source with its file's words added to the body, built again only when those words change. */
function withFileText(item: object, base: ExampleSource, text: string): ExampleSource {
  const known = withTextCache.get(item);
  if (known?.text === text) return known.source;
  const source = { ...base, body: `${base.body}\n${text.slice(0, FILE_TEXT_CHARS)}` };
  withTextCache.set(item, { text, source });
  return source;
}

/** The key a source is known by across kinds: ids are unique per list, not across lists. */
export const sourceKey = (kind: string, id: string): string => `${kind}:${id}`;

const sourcesCache = new WeakMap<object, ExampleSource>();

/** One source per record, built once per record object (stored records are frozen, so an unchanged record keeps its source). */
function cached<T extends object>(record: T, build: (r: T) => ExampleSource): ExampleSource {
  let source = sourcesCache.get(record);
  if (source === undefined) {
    source = build(record);
    sourcesCache.set(record, source);
  }
  return source;
}

/** Every record of the portfolio that could serve as an example. */
export function exampleSources(lists: ExampleSourceLists): ExampleSource[] {
  return [
    ...lists.cpd.map((r) =>
      cached(r, () => ({
        kind: 'cpd' as const,
        id: r.id,
        title: r.title,
        body: [r.description, ...Object.values(r.reflection.answers)].join('\n'),
        outcomes: r.outcomes,
        tags: r.tags.join(' '),
        date: r.endDate ?? r.startDate,
        mappings: r.mappings,
        draft: r.status === 'draft',
      })),
    ),
    ...lists.training.map((t) =>
      cached(t, () => ({
        kind: 'training' as const,
        id: t.id,
        title: t.course,
        body: [t.provider ?? '', t.notes].join('\n'),
        outcomes: '',
        tags: t.kind ?? '',
        date: t.completedDate,
        mappings: t.mappings,
        draft: false,
      })),
    ),
    ...(lists.activities ?? []).map((a) =>
      cached(a, () => {
        const text = a as { description?: string; outcomes?: string };
        return {
          kind: a.kind,
          id: a.id,
          title: a.title,
          body: text.description ?? '',
          outcomes: text.outcomes ?? '',
          tags: '',
          date: activityEnd(a) ?? activityDate(a),
          mappings: a.mappings,
          draft: false,
        };
      }),
    ),
    ...lists.evidence.map((e) => {
      const base = cached(e, () => ({
        kind: 'evidence' as const,
        id: e.id,
        title: e.title,
        body: [e.description, e.kind === 'note' ? e.note : ''].join('\n'),
        outcomes: '',
        tags: '',
        date: e.date,
        mappings: e.mappings,
        draft: false,
      }));
      const text = e.kind === 'file' ? lists.fileTexts?.get(e.file.sha256) : undefined;
      return text ? withFileText(e, base, text) : base;
    }),
  ];
}
